import { describe, expect, it } from 'vitest';
import { nameKey, parseFolderListing } from './folder-listing';

/** Answers to PROPFIND (Depth: 1) as the servers write them. */
const RCLONE =
  '<?xml version="1.0" encoding="UTF-8"?><D:multistatus xmlns:D="DAV:">' +
  '<D:response><D:href>/%D0%A2%D0%B5%D0%BA%D0%B0%20A/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>' +
  '<D:response><D:href>/%D0%A2%D0%B5%D0%BA%D0%B0%20A/b%20c.md</D:href><D:propstat><D:prop><D:resourcetype></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>' +
  '<D:response><D:href>/%D0%A2%D0%B5%D0%BA%D0%B0%20A/%D0%97%D0%B2%D1%96%D1%82%20&amp;%20%282%29%20%231%20100%25.md</D:href><D:propstat><D:prop><D:resourcetype></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>' +
  '</D:multistatus>';

const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:">
<D:href>/dav/%d0%97%d0%b2%d1%96%d1%82%d0%b8/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/dav/%d0%97%d0%b2%d1%96%d1%82%d0%b8/Report%20(4Q2Z).docx</D:href>
<D:propstat><D:prop><lp1:resourcetype/></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/dav/%d0%97%d0%b2%d1%96%d1%82%d0%b8/2023/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;

const NEXTCLOUD_ABSOLUTE = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>https://cloud.example/remote.php/dav/files/olena/Delegation%20Desk/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>https://cloud.example/remote.php/dav/files/olena/Delegation%20Desk/Juliette%20Delbe%20&#x2014;%20notes.md</d:href><d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>`;

const DEFAULT_NAMESPACE = `<multistatus xmlns="DAV:"><response><href>/f/</href></response><response><href>/f/A%CC%81.md</href></response></multistatus>`;

describe('parseFolderListing', () => {
  it('reads rclone’s answer: the folder itself, names with spaces, Cyrillic, & ( ) # %', () => {
    expect(parseFolderListing(RCLONE)).toEqual(new Set(['тека a', 'b c.md', nameKey('Звіт & (2) #1 100%.md')]));
  });

  it('reads Apache’s answer (lower-case escapes, other prefixes, line breaks) and sub-folders as taken names', () => {
    expect(parseFolderListing(APACHE)).toEqual(new Set(['звіти', 'report (4q2z).docx', '2023']));
  });

  it('reads absolute URLs and numeric character references (Nextcloud)', () => {
    expect(parseFolderListing(NEXTCLOUD_ABSOLUTE)).toEqual(new Set(['delegation desk', 'juliette delbe — notes.md']));
  });

  it('reads the DAV namespace as the default one, and compares names in NFC', () => {
    const names = parseFolderListing(DEFAULT_NAMESPACE)!;
    expect(names.has(nameKey('Á.md'))).toBe(true);
    expect(names.has(nameKey('A\u0301.md'))).toBe(true);
  });

  it('gives up (null) on anything it cannot read, rather than call a name free', () => {
    expect(parseFolderListing('')).toBeNull();
    expect(parseFolderListing('<html><body>Login</body></html>')).toBeNull();
    expect(parseFolderListing('<D:multistatus xmlns:D="DAV:"><D:response><D:propstat/></D:response></D:multistatus>')).toBeNull();
    expect(parseFolderListing('<D:multistatus xmlns:D="DAV:"><D:response><D:href>/f/%E0%A4%A.md</D:href></D:response></D:multistatus>')).toBeNull();
    expect(parseFolderListing('<D:multistatus xmlns:D="DAV:"><D:response><D:href>/f/a&nbsp;b.md</D:href></D:response></D:multistatus>')).toBeNull();
    expect(parseFolderListing('<D:multistatus xmlns:D="DAV:"><D:response><D:href><![CDATA[/f/a.md]]></D:href></D:response></D:multistatus>')).toBeNull();
  });

  it('does not take a responsedescription for a response', () => {
    const xml = '<D:multistatus xmlns:D="DAV:"><D:response><D:href>/f/</D:href></D:response><D:responsedescription>done</D:responsedescription></D:multistatus>';
    expect(parseFolderListing(xml)).toEqual(new Set(['f']));
  });
});

describe('nameKey', () => {
  it('folds case and Unicode normalization, as case-insensitive and NFD file systems do', () => {
    expect(nameKey('ЗВІТ.md')).toBe(nameKey('звіт.md'));
    expect(nameKey('Йорданія.md')).toBe(nameKey('Йорданія.md'.normalize('NFD')));
    expect(nameKey('Звіт (2).md')).not.toBe(nameKey('Звіт.md'));
  });
});
