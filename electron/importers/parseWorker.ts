// Worker-thread entry: parses one untrusted file and posts back the text or a failure reason.
// It runs inside the parsing process (parseProcess.ts), which caps its heap and the memory of the
// whole process; importDocument.ts kills that process at the time limit. A crash here cannot take
// the app or the preview host down with it.
import { parentPort } from 'node:worker_threads';
import type { SourceFormatId } from '../shared/sourceFormats.ts';
import { ImportFailure } from './extractText.ts';
import type { ExtractedText } from './extractText.ts';
import { IMPORTERS } from './importerRegistry.ts';

export interface ParseRequest { kind: SourceFormatId; bytes: Uint8Array }
export type ParseReply = { ok: true; value: ExtractedText } | { ok: false; reason: string };

parentPort?.once('message', (request: ParseRequest) => {
  IMPORTERS[request.kind].extract(request.bytes).then(
    (value) => parentPort?.postMessage({ ok: true, value } satisfies ParseReply),
    (error: unknown) => {
      const reason = error instanceof ImportFailure ? error.message : 'its contents could not be understood';
      parentPort?.postMessage({ ok: false, reason } satisfies ParseReply);
    },
  );
});
