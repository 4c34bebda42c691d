import type { GenerateResult } from '@/lib/link/schemas';
import type { MappedGoal } from './model/generate-input';

/** The text block "Copy all" puts on the clipboard: the link, then how goals map to activities. */
export function copyAllText(
  result: GenerateResult,
  goals: readonly MappedGoal[],
  offerTitle: string,
): string {
  const lines: string[] = [];
  lines.push(offerTitle.trim() === '' ? 'Adjust link:' : `Adjust link for ${offerTitle.trim()}:`);
  lines.push(result.link ?? '(no link: fix the errors first)');
  lines.push('', 'Mapping:');
  for (const goal of goals) {
    const label =
      goal.title.trim() === '' ? `goal ${goal.value}` : `goal ${goal.value} (${goal.title.trim()})`;
    if (goal.mapping.activity === 'install') lines.push(`- install → ${label}`);
    else if (goal.mapping.activity === 'event')
      lines.push(`- event ${goal.mapping.token.trim() || '(no token)'} → ${label}`);
    else lines.push(`- left out: ${label}`);
  }
  if (result.callbacks.length > 0) {
    lines.push('', 'Callbacks (decoded):');
    for (const callback of result.callbacks) lines.push(`- ${callback.param}: ${callback.url}`);
  }
  return lines.join('\n');
}
