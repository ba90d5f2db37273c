// The verdict for one draft mention. Names and dates have their own judges; every other figure
// goes through the ordered verdict rules of verdictRules.ts, the first that applies deciding.
import type { Claim } from '../types.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { claimOf } from './explain.ts';
import { judgeCode } from './judgeCode.ts';
import { judgeDate } from './judgeDate.ts';
import { buildJudgement } from './judgement.ts';
import type { IndexData } from './sourceIndex.ts';
import { VERDICT_RULES } from './verdictRules.ts';

/** Judges one analysed draft mention against the index. */
export function judgeMention(draft: AnalysedText, a: AnalysedMention, data: IndexData, published?: string): Claim {
  const dText = draft.text.slice(a.m.start, a.m.end);
  if (data.sources.length === 0) return claimOf(draft, a, 'unsupported', 'No sources to check against.', [], published);
  if (a.family === 'code') return judgeCode(draft, a, data, dText, published);
  if (a.family === 'date') return judgeDate(draft, a, data, dText, published);
  const j = buildJudgement(draft, a, data, published);
  for (const rule of VERDICT_RULES) {
    const claim = rule.judge(j);
    if (claim) return claim;
  }
  // noSource always applies; this only satisfies the compiler.
  return claimOf(draft, a, 'unsupported', 'No source gives it.', [], published);
}
