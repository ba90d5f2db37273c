// A figure inside a name or code is part of it: "Twenty20" is a cricket format, not twenty of
// anything. The scanner reads the code ("Twenty20") and, before it, the number word that opens
// it ("Twenty"); the word goes, the code stays.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

export const insideCodes: MentionRefiner = {
  name: 'insideCodes',
  refine(_ctx, mentions) {
    const codes = mentions.filter((m) => m.code !== undefined);
    if (codes.length === 0) return mentions;
    return mentions.filter((m: RawMention) => m.code !== undefined || !codes.some((c) => c.start <= m.start && m.end <= c.end));
  },
};
