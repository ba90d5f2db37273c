// Review decisions and comments, stored per story on the library's SQLite file (migration 2).
// Decisions are only ever appended, so a claim's whole history survives; each write is one
// transaction and checks that the story is still there.
import type { ClaimReview, CommentReply, DismissReason, ReviewDecision, ReviewState, StoryComment, TextAnchor } from '../../core/index.ts';
import { newId, StoreError } from './crosscheckStore.ts';
import type { SqlDatabase } from './sqliteDatabase.ts';

export interface NewDecision {
  reviewId?: string | undefined;
  anchor: TextAnchor;
  state: ReviewState;
  verdict: ReviewDecision['verdict'];
  reasons: readonly DismissReason[];
  reasonText: string;
  note: string;
  reviewer: string;
}

interface DecisionRow {
  [key: string]: unknown;
  review_id: string; id: string; anchor: string; state: ReviewState; verdict: ReviewDecision['verdict'];
  reasons: string; reason_text: string; note: string; reviewer: string; decided_at: string;
}
interface CommentRow {
  [key: string]: unknown;
  id: string; parent_id: string | null; anchor: string | null; body: string; author: string;
  created_at: string; resolved_at: string | null; resolved_by: string | null;
}

export class ReviewStore {
  private readonly db: SqlDatabase;
  private readonly now: () => Date;

  constructor(db: SqlDatabase, now: () => Date = () => new Date()) {
    this.db = db;
    this.now = now;
  }

  listReviews(storyId: string): ClaimReview[] {
    this.assertLiveStory(storyId);
    return groupDecisions(
      this.db.all<DecisionRow>('SELECT * FROM review_decisions WHERE story_id = ? ORDER BY seq', storyId),
    );
  }

  recordDecision(storyId: string, input: NewDecision): ClaimReview {
    const reviewId = input.reviewId ?? newId();
    this.db.transaction(() => {
      this.assertLiveStory(storyId);
      this.insertDecision(storyId, reviewId, {
        id: newId(), anchor: input.anchor, state: input.state, verdict: input.verdict, reasons: [...new Set(input.reasons)],
        reasonText: input.reasonText, note: input.note, reviewer: input.reviewer, at: this.now().toISOString(),
      });
    });
    return this.review(storyId, reviewId);
  }

  listComments(storyId: string): StoryComment[] {
    this.assertLiveStory(storyId);
    const rows = this.db.all<CommentRow>('SELECT * FROM comments WHERE story_id = ? ORDER BY seq', storyId);
    return groupComments(rows);
  }

  addComment(storyId: string, input: { anchor: TextAnchor; body: string; author: string }): StoryComment {
    const id = newId();
    this.db.transaction(() => {
      this.assertLiveStory(storyId);
      this.db.run(
        'INSERT INTO comments (story_id, id, parent_id, anchor, body, author, created_at) VALUES (?, ?, NULL, ?, ?, ?, ?)',
        storyId, id, JSON.stringify(input.anchor), input.body.trim(), input.author, this.now().toISOString(),
      );
    });
    return this.comment(storyId, id);
  }

  reply(storyId: string, commentId: string, input: { body: string; author: string }): StoryComment {
    this.db.transaction(() => {
      this.assertComment(storyId, commentId);
      this.db.run(
        'INSERT INTO comments (story_id, id, parent_id, anchor, body, author, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?)',
        storyId, newId(), commentId, input.body.trim(), input.author, this.now().toISOString(),
      );
    });
    return this.comment(storyId, commentId);
  }

  setResolved(storyId: string, commentId: string, resolved: boolean, by: string): StoryComment {
    this.db.transaction(() => {
      this.assertComment(storyId, commentId);
      this.db.run(
        'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE story_id = ? AND id = ?',
        resolved ? this.now().toISOString() : null, resolved ? by : null, storyId, commentId,
      );
    });
    return this.comment(storyId, commentId);
  }

  /** Stores a package's reviews and comments as they were (ids and times kept). Joins the
   *  caller's transaction. */
  insertImported(storyId: string, reviews: readonly ClaimReview[], comments: readonly StoryComment[]): void {
    this.db.transaction(() => {
      for (const review of reviews) for (const decision of review.decisions) this.insertDecision(storyId, review.id, decision);
      for (const comment of comments) {
        this.db.run(
          'INSERT INTO comments (story_id, id, parent_id, anchor, body, author, created_at, resolved_at, resolved_by) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)',
          storyId, comment.id, JSON.stringify(comment.anchor), comment.body, comment.author, comment.at,
          comment.resolved ? (comment.resolvedAt ?? comment.at) : null, comment.resolved ? (comment.resolvedBy ?? '') : null,
        );
        for (const reply of comment.replies) {
          this.db.run(
            'INSERT INTO comments (story_id, id, parent_id, anchor, body, author, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?)',
            storyId, reply.id, comment.id, reply.body, reply.author, reply.at,
          );
        }
      }
    });
  }

  /** Moves every review and comment of one story to another (the kept local copy on "replace"). */
  moveAll(fromStoryId: string, toStoryId: string): void {
    this.db.transaction(() => {
      this.db.run('UPDATE review_decisions SET story_id = ? WHERE story_id = ?', toStoryId, fromStoryId);
      this.db.run('UPDATE comments SET story_id = ? WHERE story_id = ?', toStoryId, fromStoryId);
    });
  }

  private insertDecision(storyId: string, reviewId: string, d: ReviewDecision): void {
    this.db.run(
      'INSERT INTO review_decisions (story_id, review_id, id, anchor, state, verdict, reasons, reason_text, note, reviewer, decided_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      storyId, reviewId, d.id, JSON.stringify(d.anchor), d.state, d.verdict, JSON.stringify(d.reasons), d.reasonText, d.note, d.reviewer, d.at,
    );
  }

  private review(storyId: string, reviewId: string): ClaimReview {
    const rows = this.db.all<DecisionRow>('SELECT * FROM review_decisions WHERE story_id = ? AND review_id = ? ORDER BY seq', storyId, reviewId);
    const [review] = groupDecisions(rows);
    if (!review) throw new StoreError('not-found', 'That review no longer exists.');
    return review;
  }

  private comment(storyId: string, commentId: string): StoryComment {
    const rows = this.db.all<CommentRow>(
      'SELECT * FROM comments WHERE story_id = ? AND (id = ? OR parent_id = ?) ORDER BY seq', storyId, commentId, commentId,
    );
    const [comment] = groupComments(rows);
    if (!comment) throw new StoreError('not-found', 'That comment no longer exists.');
    return comment;
  }

  private assertLiveStory(storyId: string): void {
    if (!this.db.get('SELECT 1 AS x FROM stories WHERE id = ? AND deleted_at IS NULL', storyId)) {
      throw new StoreError('not-found', 'That story no longer exists; it may have been deleted.');
    }
  }

  private assertComment(storyId: string, commentId: string): void {
    this.assertLiveStory(storyId);
    if (!this.db.get('SELECT 1 AS x FROM comments WHERE story_id = ? AND id = ? AND parent_id IS NULL', storyId, commentId)) {
      throw new StoreError('not-found', 'That comment no longer exists.');
    }
  }
}

function groupDecisions(rows: readonly DecisionRow[]): ClaimReview[] {
  const byReview = new Map<string, ReviewDecision[]>();
  for (const row of rows) {
    const decisions = byReview.get(row.review_id) ?? [];
    decisions.push({
      id: row.id,
      anchor: JSON.parse(row.anchor) as TextAnchor,
      state: row.state,
      verdict: row.verdict,
      reasons: JSON.parse(row.reasons) as DismissReason[],
      reasonText: row.reason_text,
      note: row.note,
      reviewer: row.reviewer,
      at: row.decided_at,
    });
    byReview.set(row.review_id, decisions);
  }
  return [...byReview].map(([id, decisions]) => ({ id, decisions }));
}

function groupComments(rows: readonly CommentRow[]): StoryComment[] {
  const replies = new Map<string, CommentReply[]>();
  for (const row of rows) {
    if (row.parent_id === null) continue;
    const list = replies.get(row.parent_id) ?? [];
    list.push({ id: row.id, body: row.body, author: row.author, at: row.created_at });
    replies.set(row.parent_id, list);
  }
  return rows
    .filter((row) => row.parent_id === null && row.anchor !== null)
    .map((row) => ({
      id: row.id,
      anchor: JSON.parse(row.anchor!) as TextAnchor,
      body: row.body,
      author: row.author,
      at: row.created_at,
      replies: replies.get(row.id) ?? [],
      resolved: row.resolved_at !== null,
      resolvedBy: row.resolved_by,
      resolvedAt: row.resolved_at,
    }));
}
