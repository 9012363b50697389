export { ClauseComments, type ClauseCommentsProps } from './ClauseComments';
export { unresolvedCount } from './comment-thread';
