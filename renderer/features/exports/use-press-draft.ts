import { useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import { useWorkspace } from '../../data/workspace-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { draftPressPost } from './press-file';

export interface PressDraft {
  /** The text as the user has it now: what is exported, copied or sent. */
  text: string;
  setText: (text: string) => void;
  /** null while the post is being built from the record. */
  draft: string | null;
  /** Whether the user changed the text built from the record. */
  edited: boolean;
  startOver: () => void;
}

/**
 * The press post in `lang`, built from the meeting's record and then the user's to edit. A new
 * language builds a new text; the caller keeps the language fixed while there are edits, so
 * they are never thrown away unasked.
 */
export function usePressDraft(meeting: Meeting, lang: UiLanguage): PressDraft {
  const workspace = useWorkspace();
  const notifyError = useErrorNotifier();
  const [draft, setDraft] = useState<{ lang: UiLanguage; text: string } | null>(null);
  const [text, setText] = useState('');
  // The record as it was when the dialog opened: a live query's fresh copy must not rebuild the text under the user's edits.
  const meetingRef = useRef(meeting);
  const meetingId = meeting.id;

  useEffect(() => {
    let current = true;
    draftPressPost(workspace, meetingRef.current, lang).then(
      (built) => {
        if (!current) return;
        setDraft({ lang, text: built });
        setText(built);
      },
      (error: unknown) => {
        if (current) notifyError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [workspace, meetingId, lang, notifyError]);

  const built = draft?.lang === lang ? draft.text : null;
  return {
    text,
    setText,
    draft: built,
    edited: built !== null && text !== built,
    startOver: () => {
      if (built !== null) setText(built);
    },
  };
}
