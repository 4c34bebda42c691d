import { buildLink } from '../lib/link/build-link';
import { inspectLink } from '../lib/link/inspect-link';
import { measure, report } from './measure';

const postbackUrl =
  'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1c&goal={goal}&sum={revenue_float}&ip={ip_address}&city={city}';
const adjustLink =
  'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}';

for (const goals of [1, 10, 100]) {
  const events = Array.from({ length: goals }, (_, i) => ({
    goal: `goal ${i + 2}`,
    token: `t${String(i).padStart(5, '0')}`,
  }));
  const input = { adjustLink, postbackUrl, events };
  const link = buildLink(input).link ?? '';
  report(
    `generate, ${goals} goal${goals > 1 ? 's' : ''}`,
    measure(() => buildLink(input)),
    goals === 100 ? '< 1 ms' : undefined,
  );
  report(
    `inspect, ${goals} goal${goals > 1 ? 's' : ''} (${link.length} chars)`,
    measure(() => inspectLink(link)),
  );
}
