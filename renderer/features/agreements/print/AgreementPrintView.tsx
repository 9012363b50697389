import '@fontsource/inter/400.css';
import '@fontsource/inter/700.css';
import './agreement-print.css';
import { Fragment } from 'react';
import type { AgreementDocument, AgreementDocumentParty, AgreementDocumentRow } from '#shared/domain/agreement';
import { clauseHeading, showsKindLabel, textParagraphs } from '#shared/agreements/document-text';

/**
 * The agreement laid out for printing and for the PDF: the same content as the DOCX, as one
 * table with a column per language (header repeated on every page), a title row, a row per
 * clause and a signature block per party. Its text is the document's, in each column's
 * language, so nothing here goes through the UI's translations.
 *
 * The root carries `print-only-root`: when the page prints, only it is printed (see
 * agreement-print.css), so the page embedding it needs no print rules of its own.
 */
export interface AgreementPrintViewProps {
  document: AgreementDocument;
  /** Page orientation in print; three long columns may read better across the page. */
  orientation?: 'portrait' | 'landscape';
}

function Lines({ lines }: { lines: readonly string[] }) {
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

function ClauseCell({ row, lang }: { row: AgreementDocumentRow; lang: string }) {
  const heading = (row.heading[lang] ?? '').trim();
  const paragraphs = textParagraphs(row.text[lang] ?? '');
  // A numbered clause without a heading starts its text with the number, as sub-clauses usually do.
  const leadNumber = heading === '' ? row.number.trim() : '';
  return (
    <td lang={lang}>
      {heading !== '' && <p className="agreement-print__heading">{clauseHeading(row.number, heading)}</p>}
      {paragraphs.map((lines, index) => (
        <p key={index} className="agreement-print__text">
          {index === 0 && leadNumber !== '' && <strong className="agreement-print__number">{leadNumber} </strong>}
          <Lines lines={lines} />
        </p>
      ))}
      {paragraphs.length === 0 && leadNumber !== '' && <p className="agreement-print__heading">{leadNumber}</p>}
    </td>
  );
}

function PartyCell({ document, party, lang }: { document: AgreementDocument; party: AgreementDocumentParty; lang: string }) {
  const labels = document.labels[lang];
  const signatories = party.signatories.length > 0 ? party.signatories : [{ name: {}, position: {} }];
  return (
    <td lang={lang}>
      {/* "For" / "Від імені" on a line of its own, so the party's name never has to be declined. */}
      <p className="agreement-print__for">{labels?.forParty}</p>
      <p className="agreement-print__party">{party.name[lang]}</p>
      {signatories.map((signatory, index) => (
        <div key={index} className="agreement-print__signatory">
          {(signatory.position[lang] ?? '').trim() !== '' && <p className="agreement-print__position">{signatory.position[lang]}</p>}
          {(signatory.name[lang] ?? '').trim() !== '' && <p className="agreement-print__name">{signatory.name[lang]}</p>}
          <div className="agreement-print__line" aria-hidden="true" />
          <p className="agreement-print__caption">{labels?.signature}</p>
          <p className="agreement-print__date">
            {labels?.date} <span className="agreement-print__date-line" aria-hidden="true" />
          </p>
        </div>
      ))}
    </td>
  );
}

export function AgreementPrintView({ document, orientation = 'portrait' }: AgreementPrintViewProps) {
  const { languages } = document;
  return (
    <article
      className={`agreement-print print-only-root agreement-print--${orientation}`}
      lang={languages[0]}
      data-columns={languages.length}
    >
      <table className="agreement-print__table">
        <colgroup>
          {languages.map((lang) => (
            <col key={lang} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {languages.map((lang) => (
              <th key={lang} scope="col" lang={lang}>
                {document.labels[lang]?.languageName ?? lang}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="agreement-print__title-row">
            {languages.map((lang) => (
              <td key={lang} lang={lang}>
                {showsKindLabel(document.kindLabel[lang] ?? '', document.title[lang] ?? '', lang) && (
                  <p className="agreement-print__kind">{document.kindLabel[lang]}</p>
                )}
                <p className="agreement-print__title">{document.title[lang]}</p>
                {(document.placeAndDate[lang] ?? '').trim() !== '' && <p className="agreement-print__place">{document.placeAndDate[lang]}</p>}
              </td>
            ))}
          </tr>
          {document.rows.map((row) => (
            <tr key={row.clauseId} className={`agreement-print__clause agreement-print__clause--${row.kind}`}>
              {languages.map((lang) => (
                <ClauseCell key={lang} row={row} lang={lang} />
              ))}
            </tr>
          ))}
          {document.parties.length > 0 && (
            <tr className="agreement-print__signatures">
              {languages.map((lang) => (
                <td key={lang} lang={lang}>
                  {document.labels[lang]?.signatures}
                </td>
              ))}
            </tr>
          )}
          {document.parties.map((party) => (
            <tr key={party.label} className="agreement-print__party-row">
              {languages.map((lang) => (
                <PartyCell key={lang} document={document} party={party} lang={lang} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
