import { STATUS_NAMES } from '../affise/conversion-status';
import type { Finding } from '../core/findings';
import type { DryRun, DryRunRequest } from './result';

/** Table cells cannot hold pipes or line breaks; backticks would end inline code. */
function cell(text: string | number | null): string {
  if (text === null || text === '') return '—';
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  const fence = text.includes('```') ? '````' : '```';
  return `${fence}\n${text}\n${fence}`;
}

function findingLine(f: Finding): string {
  return `- **${f.severity}** \`${f.code}\` (${f.path}): ${f.message}`;
}

function requestSection(request: DryRunRequest, index: number): string {
  const lines =
    request.method === null
      ? [`### ${index + 1}. ${request.title}`, '', `No request, at ${request.at}`]
      : [
          `### ${index + 1}. ${request.hop}: ${request.title}`,
          '',
          `${request.method} at ${request.at}`,
          '',
          code(request.url),
        ];
  if (request.body !== null)
    lines.push('', `Body (${request.contentType ?? 'unknown type'}):`, '', code(request.body));
  if (request.params.length > 0) {
    lines.push('', '| parameter | as sent | as read |', '|---|---|---|');
    for (const p of request.params)
      lines.push(`| ${cell(p.name)} | ${cell(p.raw)} | ${cell(p.value)} |`);
  }
  if (request.substitutions.length > 0) {
    lines.push('', '| macro | filled by | value | written | where |', '|---|---|---|---|---|');
    for (const s of request.substitutions) {
      lines.push(
        `| {${cell(s.macro)}} | ${s.system} | ${s.value === null ? '(no data: dropped)' : cell(s.value)} | ${cell(s.written)} | ${cell(s.where)} |`,
      );
    }
  }
  if (request.outcome) lines.push('', `Outcome: ${request.outcome}`);
  if (request.findings.length > 0) lines.push('', ...request.findings.map(findingLine));
  return lines.join('\n');
}

/** The run as a Markdown report: timeline, conversions, affiliate postbacks and findings. */
export function formatDryRunMarkdown(run: DryRun, title = 'Postbridge dry-run'): string {
  const { summary } = run;
  const out: string[] = [
    `# ${title}`,
    '',
    'Emulated offline: no request below was sent.',
    '',
    `- Click id: \`${run.clickId}\``,
    `- Tracking link${run.trackingLink.shortlink ? ' (long form of the shortlink)' : ''}: ${run.trackingLink.url}`,
    `- Requests: ${summary.requests}; conversions: ${summary.conversions}; affiliate postbacks sent: ${summary.affiliateSent}, skipped: ${summary.affiliateSkipped}`,
    `- Findings: ${summary.errors} errors, ${summary.warnings} warnings`,
    '',
    '## Timeline',
    '',
  ];
  run.requests.forEach((request, i) => {
    out.push(requestSection(request, i), '');
  });
  out.push('## Conversions', '');
  if (run.conversions.length === 0) out.push('None.', '');
  else {
    out.push(
      '| # | goal | status | action id | revenue | payout | transaction id |',
      '|---|---|---|---|---|---|---|',
    );
    run.conversions.forEach((c, i) => {
      out.push(
        `| ${i + 1} | ${cell(c.goal)} | ${c.status} (${STATUS_NAMES[c.status]}) | ${cell(c.actionId)} | ${c.revenue} ${c.currency} | ${c.payout} ${c.currency} | ${c.id} |`,
      );
    });
    out.push('');
  }
  out.push('## Affiliate postbacks', '');
  if (run.affiliatePostbacks.length === 0)
    out.push('No affiliate postback rules, or no conversion changed.', '');
  else {
    out.push('| rule | conversion change | sent | why | request |', '|---|---|---|---|---|');
    for (const a of run.affiliatePostbacks) {
      const change = run.conversionChanges[a.change];
      const what = change
        ? `#${a.conversion + 1} ${change.kind} → ${change.status}`
        : String(a.change);
      const request = a.request
        ? `${a.request.method} ${a.request.url}${a.request.body ? ` (body ${a.request.body})` : ''}`
        : null;
      out.push(
        `| ${a.rule + 1} | ${cell(what)} | ${a.sent ? 'sent' : 'skipped'} | ${cell(a.reason)} | ${cell(request)} |`,
      );
    }
    out.push('');
  }
  out.push('## Findings', '');
  out.push(run.findings.length === 0 ? 'None.' : run.findings.map(findingLine).join('\n'), '');
  return out.join('\n');
}
