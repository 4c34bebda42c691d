// Prints precision and recall of inspect/generate over the real-link corpus:
//   npm run corpus        (vite-node scripts/link-corpus/score.ts)
import { scoreCorpus } from './evaluate';

const score = scoreCorpus();
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
for (const verdict of score.verdicts) {
  for (const code of verdict.missed) console.log(`missed    ${verdict.id}: ${code}`);
  for (const f of verdict.falseAlarms)
    console.log(`false     ${verdict.id}: ${f.code} (${f.message})`);
}
console.log(
  `${score.entries} entries: ${score.truePositives} true findings, ${score.falsePositives} false alarms, ${score.falseNegatives} missed defects`,
);
console.log(`precision ${percent(score.precision)}, recall ${percent(score.recall)}`);
