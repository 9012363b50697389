import {
  IconFile,
  IconFileMusic,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconFileTypeTxt,
  IconFileZip,
  IconMovie,
  IconPhoto,
  IconPresentation,
  type Icon,
} from '@tabler/icons-react';
import type { FileKind } from './file-kind';

const ICONS: Record<FileKind, Icon> = {
  image: IconPhoto,
  pdf: IconFileTypePdf,
  document: IconFileText,
  spreadsheet: IconFileSpreadsheet,
  presentation: IconPresentation,
  archive: IconFileZip,
  text: IconFileTypeTxt,
  audio: IconFileMusic,
  video: IconMovie,
  other: IconFile,
};

/** The icon for a kind of file; decorative, since the kind is also written out beside it. */
export function FileKindIcon({ kind, size = 20 }: { kind: FileKind; size?: number }) {
  const KindIcon = ICONS[kind];
  return <KindIcon size={size} aria-hidden />;
}
