import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button, Collapse, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck, IconMessagePlus, IconRotate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClauseComment } from '#shared/domain/agreement';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { refusedFieldIssues, translateIssues } from '../../../components/record-form/zod-errors';
import { addComment, setResolved, splitThread } from './comment-thread';

export interface ClauseCommentsProps {
  comments: ClauseComment[];
  onChange: (next: ClauseComment[]) => void;
}

/**
 * A clause's review thread: open comments first, resolved ones folded away under a count, and a
 * form to add one signed with the reviewer's name (remembered between sessions).
 */
export function ClauseComments({ comments, onChange }: ClauseCommentsProps) {
  const { t } = useTranslation('agreements');
  const { t: tCommon } = useTranslation();
  const reviewerName = useUiStore((state) => state.reviewerName);
  const setReviewerName = useUiStore((state) => state.setReviewerName);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [showResolved, setShowResolved] = useState(false);
  const { open, resolved } = useMemo(() => splitThread(comments), [comments]);

  const submit = () => {
    try {
      onChange(addComment(comments, { author: reviewerName, text }, Date.now()));
      setText('');
      setErrors({});
    } catch (error) {
      const issues = refusedFieldIssues(error);
      if (!issues) throw error;
      setErrors(translateIssues(issues, tCommon));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  // Ctrl+Enter (⌘+Enter) sends from the text box; a plain Enter starts a new line.
  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const toggle = (id: string, nextResolved: boolean) => onChange(setResolved(comments, id, nextResolved));

  return (
    <Stack gap="sm">
      {open.length === 0 && resolved.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : null}
      {open.map((comment) => (
        <CommentItem key={comment.id} comment={comment} onToggle={toggle} />
      ))}
      {resolved.length > 0 ? (
        <div>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={showResolved}
            onClick={() => setShowResolved((shown) => !shown)}
          >
            {t(showResolved ? 'comments.hideResolved' : 'comments.showResolved', { count: resolved.length })}
          </Button>
          <Collapse expanded={showResolved}>
            <Stack gap="xs" mt="xs">
              {resolved.map((comment) => (
                <CommentItem key={comment.id} comment={comment} onToggle={toggle} />
              ))}
            </Stack>
          </Collapse>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xs">
          <Textarea
            label={t('comments.text')}
            autosize
            minRows={2}
            maxRows={8}
            value={text}
            error={errors.text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={onTextKeyDown}
          />
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('comments.author')}
              description={t('comments.authorHint')}
              value={reviewerName}
              error={errors.author}
              onChange={(event) => setReviewerName(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button type="submit" leftSection={<IconMessagePlus size={16} aria-hidden />}>
              {t('comments.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function CommentItem({ comment, onToggle }: { comment: ClauseComment; onToggle: (id: string, resolved: boolean) => void }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const author = comment.author || t('comments.anonymous');
  const date = formatDateTime(comment.at, language);
  return (
    <Paper withBorder p="xs" component="article" bg={comment.resolved ? 'var(--mantine-color-gray-light)' : undefined}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <div>
          <Text size="sm" fw={600} span>
            {author}
          </Text>{' '}
          <Text size="xs" c="dimmed" span>
            <time dateTime={new Date(comment.at).toISOString()}>{date}</time>
          </Text>
        </div>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={comment.resolved ? <IconRotate size={14} aria-hidden /> : <IconCheck size={14} aria-hidden />}
          aria-label={t(comment.resolved ? 'comments.reopenNamed' : 'comments.resolveNamed', { author, date })}
          onClick={() => onToggle(comment.id, !comment.resolved)}
        >
          {t(comment.resolved ? 'comments.reopen' : 'comments.resolve')}
        </Button>
      </Group>
      <Text size="sm" className="pre-wrap" mt={4} c={comment.resolved ? 'dimmed' : undefined}>
        {comment.text}
      </Text>
    </Paper>
  );
}
