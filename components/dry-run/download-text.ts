/**
 * Saves text as a file through a blob: URL and a temporary link. The blob stays inside the
 * extension page, so nothing goes over the network.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium starts the download asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
