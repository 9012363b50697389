import { clauseCommentSchema, type ClauseComment } from '#shared/domain/agreement';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow } from '#shared/domain/validation';

/** Comments nobody has resolved yet: the count a clause's comments button shows. */
export function unresolvedCount(comments: readonly ClauseComment[]): number {
  return comments.reduce((count, comment) => (comment.resolved ? count : count + 1), 0);
}

/**
 * The thread with a new open comment at its end. Throws an AppError('validation') when the
 * text is empty or too long, or the author's name too long.
 */
export function addComment(comments: readonly ClauseComment[], draft: { author: string; text: string }, at: number): ClauseComment[] {
  const comment = parseOrThrow(clauseCommentSchema, { id: newRecordId(at), author: draft.author, text: draft.text, at, resolved: false });
  return [...comments, comment];
}

/** The thread with one comment resolved or reopened. */
export function setResolved(comments: readonly ClauseComment[], commentId: string, resolved: boolean): ClauseComment[] {
  return comments.map((comment) => (comment.id === commentId ? { ...comment, resolved } : comment));
}

/** Open and resolved comments apart, each oldest first. */
export function splitThread(comments: readonly ClauseComment[]): { open: ClauseComment[]; resolved: ClauseComment[] } {
  const byTime = [...comments].sort((a, b) => a.at - b.at);
  return { open: byTime.filter((c) => !c.resolved), resolved: byTime.filter((c) => c.resolved) };
}
