// Everything the Review mode needs from the app: the review status of the open story (checked on
// the Node side from the stored story, so it matches the report), decisions, comments, story
// packages and publication exports, on the desktop (native dialogs) and in the browser preview.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DismissReason, ReviewState, TextAnchor } from '../../../core/index.ts';
import { MAX_PACKAGE_CHARS } from '../../../electron/shared/reviewContract.ts';
import type { ExportFormat, PackageImportResult, ReviewClaim, ReviewStatus } from '../../../electron/shared/reviewContract.ts';
import { call, isDesktop } from '../bridge.ts';
import { fetchHiddenClaims, loadHiddenClaims, subscribeHiddenClaims } from '../checking/hiddenClaims.ts';
import type { SaveState } from '../stories/useAutosave.ts';
import type { ToastInput } from '../ui/Toasts.tsx';
import { copyRichText, downloadFile } from './fileTransfer.ts';

export interface ReviewOptions {
  storyId: string | null;
  notify: (toast: ToastInput) => void;
  /** Stores the editor's unsaved edits, so exports and the status see what is on screen. */
  flush: () => Promise<void>;
  /** After an import: refresh the story list and open the imported story. */
  openImported: (storyId: string) => Promise<void>;
}

export interface DecisionInput {
  note?: string;
  reasons?: DismissReason[];
  reasonText?: string;
}

export type DecisionRequest = { claim: ReviewClaim; kind: 'needs-change' | 'dismiss' };
export type ImportChoice = Omit<Extract<PackageImportResult, { status: 'exists' }>, 'status' | 'storyId'> & { text: string };

/** What the summary bar and the Review tab say about publication. */
export type GateView = 'checking' | 'ready' | 'blocked';

/** An export for publication waiting for the editor's word on a story that is not ready. */
export interface PublishCheck {
  blockedBy: string;
  blockers: readonly string[];
  answer: (go: boolean) => void;
}

/** Exports that put the story in front of readers; the review report and packages are not. */
const PUBLICATION_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'html-fragment', 'markdown', 'text']);

const MODE_KEY = 'crosscheck.reviewMode';
const FORMAT_LABELS: Record<ExportFormat, string> = {
  package: 'Story package', html: 'HTML', 'html-fragment': 'HTML', markdown: 'Markdown', text: 'Plain text', 'review-report': 'Review report',
};

export function useReview({ storyId, notify, flush, openImported }: ReviewOptions) {
  const [mode, setModeState] = useState(() => window.localStorage.getItem(MODE_KEY) === 'true');
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [loading, setLoading] = useState(false);
  const [reviewerName, setReviewerNameState] = useState('');
  const [reviewerDialog, setReviewerDialog] = useState(false);
  const [decisionRequest, setDecisionRequest] = useState<DecisionRequest | null>(null);
  const [importChoice, setImportChoice] = useState<ImportChoice | null>(null);
  const [commentDraft, setCommentDraft] = useState<TextAnchor | null>(null);
  const [busy, setBusy] = useState(false);
  /** The Review tab is on screen; with review mode, the only times the status is worth computing. */
  const [panelVisible, setPanelVisible] = useState(false);
  const active = mode || panelVisible;
  const activeRef = useRef(active);
  activeRef.current = active;
  const afterName = useRef<(() => void) | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const latest = useRef({ storyId, notify, flush, openImported });
  latest.current = { storyId, notify, flush, openImported };
  const requestSeq = useRef(0);
  /** The editor's save state: the stored story (what the status is computed from) is what is on
   *  screen only while it reads 'saved'. */
  const [editorSave, setEditorSave] = useState<{ kind: SaveState['kind']; at: string | null }>({ kind: 'saved', at: null });
  const savedAtRef = useRef<string | null>(null);
  /** The save stamp the shown status was computed after. */
  const [statusStamp, setStatusStamp] = useState<string | null>(null);
  const [publishCheck, setPublishCheck] = useState<PublishCheck | null>(null);

  const failed = useCallback((what: string, message: string) => latest.current.notify({ kind: 'error', message: `${what} ${message}` }), []);

  const refresh = useCallback(async () => {
    const id = latest.current.storyId;
    const seq = ++requestSeq.current;
    if (!id) {
      setLoading(false);
      return setStatus(null);
    }
    const stamp = savedAtRef.current;
    setLoading(true);
    const result = await call('getReviewStatus', { storyId: id });
    if (seq !== requestSeq.current) return;
    setLoading(false);
    if (result.ok) {
      setStatus(result.value);
      setStatusStamp(stamp);
    } else if (result.error.code !== 'not-found') failed('The review could not be loaded.', result.error.message);
  }, [failed]);

  useEffect(() => {
    // Another story: its stored text is what its editor starts from (nothing unsaved, no save yet),
    // reset before the status is asked for so the request is stamped for this story.
    savedAtRef.current = null;
    setEditorSave({ kind: 'saved', at: null });
    setStatusStamp(null);
    setStatus(null);
    if (activeRef.current) void refresh();
  }, [storyId, refresh]);

  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);

  /** From the story editor: every save-state change. A completed save changes what the review
   *  shows, so the status is computed again at once; until it lands the gate reads "Checking…". */
  const noteSaveState = useCallback((state: SaveState) => {
    const at = state.kind === 'saved' ? state.at : savedAtRef.current;
    setEditorSave((prev) => (prev.kind === state.kind && prev.at === at ? prev : { kind: state.kind, at }));
    if (state.kind !== 'saved' || state.at === null || state.at === savedAtRef.current) return;
    savedAtRef.current = state.at;
    if (activeRef.current) void refresh();
  }, [refresh]);

  // "Not a claim" is stored with the story without a save; the gate must hear of it too. The
  // choice is sent to the library right after listeners hear of it, so the status is asked for
  // on the next task, behind that request; the gate reads "Checking…" meanwhile.
  const [hiddenPending, setHiddenPending] = useState(false);
  useEffect(() => subscribeHiddenClaims((id) => {
    if (id !== latest.current.storyId || !activeRef.current) return;
    setHiddenPending(true);
    window.setTimeout(() => void refresh().finally(() => setHiddenPending(false)), 0);
  }), [refresh]);

  /** The gate as the strip and the panel show it. Ready only when the status describes exactly
   *  what is on screen: no unsaved edit, no save newer than the status, no check in flight. */
  const gate: GateView = !status ? 'checking'
    : loading || hiddenPending || editorSave.kind !== 'saved' || statusStamp !== editorSave.at ? 'checking'
      : status.summary.ready ? 'ready' : 'blocked';

  useEffect(() => {
    void call('getAppState', {}).then((state) => {
      if (state.ok) setReviewerNameState(state.value.preferences.reviewerName);
    });
  }, []);

  const setMode = useCallback((next: boolean) => {
    setModeState(next);
    window.localStorage.setItem(MODE_KEY, String(next));
    if (next) void latest.current.flush();
  }, []);

  const saveReviewerName = useCallback(async (name: string) => {
    const result = await call('setPreferences', { reviewerName: name });
    if (!result.ok) return failed('Your name could not be saved.', result.error.message);
    setReviewerNameState(result.value.reviewerName);
    setReviewerDialog(false);
    const next = afterName.current;
    afterName.current = null;
    next?.();
  }, [failed]);

  /** Runs `action` once a reviewer name is set, asking for one first if needed. The name read at
   *  start may be stale (set since in Preferences, another window or the CLI), so an empty one is
   *  read again from the library before the person is asked for it. */
  const withName = useCallback((action: () => void) => {
    if (reviewerName.trim() !== '') return action();
    void call('getAppState', {}).then((state) => {
      const stored = state.ok ? state.value.preferences.reviewerName : '';
      if (stored.trim() !== '') {
        setReviewerNameState(stored);
        return action();
      }
      afterName.current = action;
      setReviewerDialog(true);
    });
  }, [reviewerName]);

  const decide = useCallback(async (claim: ReviewClaim, state: ReviewState, input: DecisionInput = {}) => {
    const id = latest.current.storyId;
    if (!id) return;
    // The status is computed from the stored story; store what is on screen first.
    await latest.current.flush();
    const result = await call('recordDecision', {
      storyId: id,
      ...(claim.reviewId ? { reviewId: claim.reviewId } : {}),
      anchor: claim.anchor,
      state,
      verdict: claim.verdict,
      reasons: input.reasons ?? [],
      reasonText: input.reasonText ?? '',
      note: input.note ?? '',
    });
    if (!result.ok) return failed('The decision could not be saved.', result.error.message);
    setDecisionRequest(null);
    await refresh();
  }, [failed, refresh]);

  const requestDecision = useCallback((claim: ReviewClaim, state: ReviewState) => {
    withName(() => {
      if (state === 'needs-change') setDecisionRequest({ claim, kind: 'needs-change' });
      else if (state === 'dismissed') setDecisionRequest({ claim, kind: 'dismiss' });
      else void decide(claim, state);
    });
  }, [withName, decide]);

  const startComment = useCallback((anchor: TextAnchor) => withName(() => setCommentDraft(anchor)), [withName]);

  const addComment = useCallback(async (anchor: TextAnchor, body: string) => {
    const id = latest.current.storyId;
    if (!id) return;
    await latest.current.flush();
    const result = await call('addComment', { storyId: id, anchor, body });
    if (!result.ok) return failed('The comment could not be saved.', result.error.message);
    setCommentDraft(null);
    await refresh();
  }, [failed, refresh]);

  const reply = useCallback((commentId: string, body: string) => {
    withName(() => {
      const id = latest.current.storyId;
      if (!id) return;
      void call('replyToComment', { storyId: id, commentId, body }).then(async (result) => {
        if (!result.ok) return failed('The reply could not be saved.', result.error.message);
        await refresh();
      });
    });
  }, [withName, failed, refresh]);

  const resolve = useCallback(async (commentId: string, resolved: boolean) => {
    const id = latest.current.storyId;
    if (!id) return;
    const result = await call('resolveComment', { storyId: id, commentId, resolved });
    if (!result.ok) return failed('The comment could not be updated.', result.error.message);
    await refresh();
  }, [failed, refresh]);

  /** Before a publication export: the gate on the stored story as it is now; when it is not
   *  ready, the editor must confirm. Resolves true to go ahead. */
  const confirmPublication = useCallback(async (id: string, what: string): Promise<boolean> => {
    const result = await call('getReviewStatus', { storyId: id });
    if (!result.ok) {
      failed(`The review could not be checked, so the ${what} was not made.`, result.error.message);
      return false;
    }
    // The freshest status there is (the story was stored just before): show it.
    if (activeRef.current) {
      setStatus(result.value);
      setStatusStamp(savedAtRef.current);
    }
    if (result.value.summary.ready) return true;
    const { blockedBy, blockers } = result.value.summary;
    return new Promise<boolean>((resolve) => setPublishCheck({ blockedBy, blockers, answer: (go) => {
      setPublishCheck(null);
      resolve(go);
    } }));
  }, [failed]);

  const exportAs = useCallback(async (format: ExportFormat) => {
    const id = latest.current.storyId;
    if (!id) return;
    setBusy(true);
    try {
      await latest.current.flush();
      if (PUBLICATION_FORMATS.has(format) && !(await confirmPublication(id, FORMAT_LABELS[format]))) return;
      const hidden = format === 'package' ? { hiddenClaims: loadHiddenClaims(id) } : {};
      if (isDesktop()) {
        const saved = await call('exportStoryFile', { storyId: id, format, deliver: 'dialog', ...hidden });
        if (saved.ok) {
          if (saved.value.saved) latest.current.notify({ message: `${FORMAT_LABELS[format]} saved to ${saved.value.fileName}.` });
          return;
        }
        if (saved.error.code !== 'unsupported') return failed(`The ${FORMAT_LABELS[format].toLowerCase()} could not be saved.`, saved.error.message);
      }
      const file = await call('exportStoryFile', { storyId: id, format, deliver: 'inline', ...hidden });
      if (!file.ok) return failed(`The ${FORMAT_LABELS[format].toLowerCase()} could not be made.`, file.error.message);
      downloadFile(file.value.fileName, file.value.content ?? '', file.value.mimeType ?? 'application/octet-stream');
      latest.current.notify({ message: `Downloaded “${file.value.fileName}”.` });
    } finally {
      setBusy(false);
    }
  }, [failed, confirmPublication]);

  const copyStory = useCallback(async () => {
    const id = latest.current.storyId;
    if (!id) return;
    await latest.current.flush();
    if (!(await confirmPublication(id, 'rich text copy'))) return;
    const [html, text] = await Promise.all([
      call('exportStoryFile', { storyId: id, format: 'html-fragment', deliver: 'inline' }),
      call('exportStoryFile', { storyId: id, format: 'text', deliver: 'inline' }),
    ]);
    if (!html.ok) return failed('The story could not be copied.', html.error.message);
    if (!text.ok) return failed('The story could not be copied.', text.error.message);
    const copied = await copyRichText(html.value.content ?? '', text.value.content ?? '');
    if (copied) latest.current.notify({ message: 'Story copied with its formatting; paste it into the CMS.' });
    else failed('The story could not be copied.', 'The clipboard refused it; try again from the menu.');
  }, [failed, confirmPublication]);

  const importText = useCallback(async (text: string, onExisting: 'ask' | 'keep-both' | 'replace' = 'ask') => {
    setBusy(true);
    try {
      await latest.current.flush();
      const result = await call('importStoryPackage', { packageText: text, onExisting });
      if (!result.ok) return failed('The package was not opened.', result.error.message);
      const value = result.value;
      if (value.status === 'exists') {
        const { status: _status, storyId: _id, ...choice } = value;
        setImportChoice({ ...choice, text });
        return;
      }
      setImportChoice(null);
      // The import stored the package's "Not a claim" choices with the story; show them.
      if (value.hiddenClaims.length > 0) await fetchHiddenClaims(value.storyId);
      await latest.current.openImported(value.storyId);
      const copyId = value.replacedCopyId;
      latest.current.notify(
        copyId
          ? {
            message: `Opened “${value.title}”. Your previous version is kept in deleted stories.`,
            action: {
              label: 'Restore it as a copy',
              run: () => void call('restoreStory', { id: copyId }).then(async (restored) => {
                if (!restored.ok) return failed('The previous version could not be restored.', restored.error.message);
                await latest.current.openImported(copyId);
              }),
            },
            // Stays until dismissed: it is the way back to the version the import replaced.
            timeoutMs: 0,
          }
          : { message: `Opened “${value.title}” from the package.` },
      );
      await refresh();
    } finally {
      setBusy(false);
    }
  }, [failed, refresh]);

  const importFile = useCallback(async (file: File) => {
    if (file.size > MAX_PACKAGE_CHARS * 2) return failed('The package was not opened.', 'It is larger than the 40 MB limit.');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return failed('The package was not opened.', 'The file could not be read.');
    }
    await importText(text);
  }, [failed, importText]);

  const openPackage = useCallback(async () => {
    if (isDesktop()) {
      const chosen = await call('openPackageFile', {});
      if (chosen.ok) {
        if (!chosen.value.cancelled) await importText(chosen.value.packageText);
        return;
      }
      if (chosen.error.code !== 'unsupported') return failed('The package was not opened.', chosen.error.message);
    }
    fileInput.current?.click();
  }, [failed, importText]);

  const controller = useMemo(() => ({
    mode, setMode, status, gate, loading, busy, refresh, setPanelVisible, noteSaveState, publishCheck,
    reviewerName, reviewerDialog, setReviewerDialog, saveReviewerName,
    decisionRequest, setDecisionRequest, requestDecision, decide,
    commentDraft, setCommentDraft, startComment, addComment, reply, resolve,
    exportAs, copyStory, openPackage, importFile, importText, importChoice, setImportChoice, fileInput,
  }), [
    mode, setMode, status, gate, loading, busy, refresh, setPanelVisible, noteSaveState, publishCheck, reviewerName, reviewerDialog, saveReviewerName, decisionRequest, requestDecision, decide,
    commentDraft, startComment, addComment, reply, resolve, exportAs, copyStory, openPackage, importFile, importText, importChoice,
  ]);
  return controller;
}

export type ReviewController = ReturnType<typeof useReview>;

/** File › Export…: opens the review strip's export menu at its first choice. */
export function openExportMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('.review-strip details.menu');
  if (menu) {
    menu.open = true;
    window.requestAnimationFrame(() => menu.querySelector<HTMLButtonElement>('.menu-item:not(:disabled)')?.focus());
  }
}
