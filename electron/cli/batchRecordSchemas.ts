// The batch (JSON Lines) input contract of `crosscheck check|factbox --batch`. Every line is
// validated before the engine sees it, so a malformed line becomes an error record, not a crash.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date such as 2025-07-06');

export const batchSourceSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  published: isoDate.optional(),
  title: z.string().optional(),
});

export const checkBatchLineSchema = z.object({
  id: z.string().min(1),
  draft: z.string(),
  published: isoDate.optional(),
  sources: z.array(batchSourceSchema),
});

export const factBoxBatchLineSchema = z.object({
  id: z.string().min(1),
  sources: z.array(batchSourceSchema),
});

export type CheckBatchLine = z.infer<typeof checkBatchLineSchema>;
export type FactBoxBatchLine = z.infer<typeof factBoxBatchLineSchema>;
