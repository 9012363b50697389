import { email as emailField } from '../../domain/fields';
import { MESSENGERS, type Messenger, type MessengerHandle } from '../../domain/contact';
import { hasType, paramOf, textOf, type VcardProperty } from './property-line';
import { unescapeText } from './property-value';
import { cut } from './text-slot';

/** The schema's caps on a contact's lists. */
const MAX_LIST = 20;
const MAX_HANDLE = 100;

/**
 * A TEL value in the shape the `phone` field accepts, or null when it cannot be one. Drops what
 * clients add around the number: the `tel:` URI of vCard 4.0 and its `;ext=` parameter, an
 * extension or label in words ("x102", "доб. 5", "(mob)"), separators the field does not take.
 */
export function phoneOf(raw: string): string | null {
  let value = unescapeText(raw).trim().replace(/^tel:/i, '').split(';')[0];
  value = value.replace(/\p{L}.*$/su, '');
  value = value.replace(/[^\d+()\s.-]/g, ' ');
  const international = value.trim().startsWith('+');
  value = value.replace(/\+/g, '').replace(/\s+/g, ' ').trim().replace(/[\s(.-]+$/, '').replace(/^[\s).-]+/, '');
  const digits = value.replace(/\D/g, '').length;
  if (digits < 5 || digits > 20) return null;
  return (international ? '+' : '') + value;
}

/** TEL numbers to call: a fax or a pager is not one (as in the CSV layouts). */
export function phonesOf(properties: readonly VcardProperty[]): string[] {
  const phones: string[] = [];
  const seen = new Set<string>();
  for (const property of properties) {
    if (property.name !== 'TEL' || hasType(property, 'fax') || hasType(property, 'pager')) continue;
    const phone = phoneOf(textOf(property));
    const key = phone?.replace(/\D/g, '');
    if (!phone || !key || seen.has(key)) continue;
    seen.add(key);
    phones.push(phone);
  }
  return phones.slice(0, MAX_LIST);
}

/** EMAIL values the `email` field accepts (a `mailto:` taken off); others are dropped, not the contact. */
export function emailsOf(properties: readonly VcardProperty[]): string[] {
  const emails: string[] = [];
  const seen = new Set<string>();
  for (const property of properties) {
    if (property.name !== 'EMAIL') continue;
    const value = unescapeText(textOf(property)).trim().replace(/^mailto:/i, '');
    const parsed = emailField.safeParse(value);
    if (!parsed.success || seen.has(parsed.data.toLowerCase())) continue;
    seen.add(parsed.data.toLowerCase());
    emails.push(parsed.data);
  }
  return emails.slice(0, MAX_LIST);
}

const MESSENGER_HOSTS: Record<string, Messenger> = {
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'wa.me': 'whatsapp',
  'signal.me': 'signal',
};

/**
 * Telegram, Signal and WhatsApp handles where the card says plainly which messenger it is:
 * IMPP (`telegram:name`, Apple's `IMPP;X-SERVICE-TYPE=Telegram:x-apple:name`) and Apple's
 * X-SOCIALPROFILE (`type=telegram`, or a t.me / wa.me / signal.me link). Anything else is left.
 */
export function messengersOf(properties: readonly VcardProperty[]): MessengerHandle[] {
  const handles: MessengerHandle[] = [];
  for (const property of properties) {
    if (property.name !== 'IMPP' && property.name !== 'X-SOCIALPROFILE') continue;
    const value = unescapeText(textOf(property)).trim();
    const link = /^https?:\/\/([^/?#]+)\/+([^/?#]+)/i.exec(value);
    const host = link?.[1].toLowerCase().replace(/^www\./, '') ?? '';
    const declared = [...(property.params.TYPE ?? []), paramOf(property, 'X-SERVICE-TYPE'), value.split(':')[0]]
      .map((word) => word.toLowerCase())
      .find((word): word is Messenger => (MESSENGERS as readonly string[]).includes(word));
    const kind = MESSENGER_HOSTS[host] ?? declared;
    if (!kind) continue;
    const written = paramOf(property, 'X-USER') || (link ? decodeURIComponentSafe(link[2]) : value.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, ''));
    const handle = cut(written.trim(), MAX_HANDLE);
    if (handle === '' || handles.some((h) => h.kind === kind && h.handle === handle)) continue;
    handles.push({ kind, handle });
  }
  return handles.slice(0, MAX_LIST);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
