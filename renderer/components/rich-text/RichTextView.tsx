import { useMemo } from 'react';
import { Typography } from '@mantine/core';
import { RichTextEditor as MantineRichTextEditor } from '@mantine/tiptap';
import { sanitizeHtml } from '../../security/sanitize-html';

/**
 * Shows stored notes as the editor shows them. The HTML is sanitized again on the way in, since
 * it may come from an import or an older version; its links carry target="_blank", which the
 * app routes to the system browser (see use-external-links).
 */
export function RichTextView({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  if (clean === '') return null;
  return (
    <Typography className={MantineRichTextEditor.classes.Typography}>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </Typography>
  );
}
