import { descendants, elementChildren } from './xml.js';

/** The author planlint's comments carry: how a later run tells its own comments from the author's. */
export const AUTHOR = 'planlint';
export const INITIALS = 'PL';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const MARKERS = new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']);

/** What removing planlint's earlier comments from `comments.xml` took out, for the parts that refer to them. */
export interface Removed {
  ids: Set<string>;
  /** `w14:paraId` of the removed comments' paragraphs, which commentsExtended and commentsIds key on. */
  paraIds: Set<string>;
}

/** Takes planlint's comments out of the comments part; the author's own stay as they are. */
export function removeOwnComments(comments: Document): Removed {
  const removed: Removed = { ids: new Set(), paraIds: new Set() };
  for (const comment of descendants(comments).filter((element) => element.nodeName === 'w:comment')) {
    if (comment.getAttribute('w:author') !== AUTHOR) continue;
    removed.ids.add(comment.getAttribute('w:id') ?? '');
    for (const element of descendants(comment)) {
      const paraId = element.getAttribute('w14:paraId');
      if (paraId) removed.paraIds.add(paraId);
    }
    comment.parentNode?.removeChild(comment);
  }
  return removed;
}

/**
 * Takes the ranges and references of removed comments out of the document;
 * a run left holding nothing but its properties goes with its reference.
 */
export function removeMarkers(document: Document, ids: ReadonlySet<string>): void {
  for (const marker of descendants(document)) {
    if (!MARKERS.has(marker.nodeName) || !ids.has(marker.getAttribute('w:id') ?? '')) continue;
    const parent = marker.parentNode as Element | null;
    parent?.removeChild(marker);
    if (parent?.nodeName === 'w:r' && elementChildren(parent).every((child) => child.nodeName === 'w:rPr')) parent.parentNode?.removeChild(parent);
  }
}

/**
 * commentsExtended (replies and "resolved"): the removed comments' entries
 * go; a reply an author wrote to one of them stays, as a comment of its own.
 */
export function removeExtended(extended: Document, paraIds: ReadonlySet<string>): void {
  for (const entry of descendants(extended).filter((element) => element.nodeName === 'w15:commentEx')) {
    if (paraIds.has(entry.getAttribute('w15:paraId') ?? '')) entry.parentNode?.removeChild(entry);
    else if (paraIds.has(entry.getAttribute('w15:paraIdParent') ?? '')) entry.removeAttribute('w15:paraIdParent');
  }
}

/** commentsIds: the removed comments' entries go; their durable ids are returned for commentsExtensible. */
export function removeIds(ids: Document, paraIds: ReadonlySet<string>): Set<string> {
  const durable = new Set<string>();
  for (const entry of descendants(ids).filter((element) => element.nodeName === 'w16cid:commentId')) {
    if (!paraIds.has(entry.getAttribute('w16cid:paraId') ?? '')) continue;
    durable.add(entry.getAttribute('w16cid:durableId') ?? '');
    entry.parentNode?.removeChild(entry);
  }
  return durable;
}

/** commentsExtensible (dates in UTC, links to cloud threads): the removed comments' entries go. */
export function removeExtensible(extensible: Document, durableIds: ReadonlySet<string>): void {
  for (const entry of descendants(extensible).filter((element) => element.nodeName === 'w16cex:commentExtensible')) {
    if (durableIds.has(entry.getAttribute('w16cex:durableId') ?? '')) entry.parentNode?.removeChild(entry);
  }
}

/**
 * The first comment id free in the document: above every `w:id` in it and in
 * the comments part. Word numbers comments, tracked changes and bookmarks
 * from one counter; staying above all of them collides with none.
 */
export function firstFreeId(...parts: Document[]): number {
  let highest = -1;
  for (const part of parts) {
    for (const element of descendants(part)) {
      const id = element.getAttribute('w:id');
      if (id !== null && /^\d+$/.test(id)) highest = Math.max(highest, Number(id));
    }
  }
  return highest + 1;
}

/** One comment: its body's paragraphs, plain text each. */
export interface NewComment {
  paragraphs: string[];
}

/**
 * Anchors comment `id` on a paragraph: the range opens after the paragraph's
 * properties and closes after its last run, followed by the run holding the
 * reference, as Word writes a comment on a whole paragraph. Comments added
 * to one paragraph nest, the first added innermost.
 */
export function anchorOn(paragraph: Element, id: number, w: string): void {
  const document = paragraph.ownerDocument;
  const start = document.createElementNS(w, 'w:commentRangeStart');
  start.setAttribute('w:id', String(id));
  const first = elementChildren(paragraph)[0];
  const after = first?.nodeName === 'w:pPr' ? first.nextSibling : paragraph.firstChild;
  paragraph.insertBefore(start, after);
  const end = document.createElementNS(w, 'w:commentRangeEnd');
  end.setAttribute('w:id', String(id));
  paragraph.appendChild(end);
  const run = document.createElementNS(w, 'w:r');
  const reference = document.createElementNS(w, 'w:commentReference');
  reference.setAttribute('w:id', String(id));
  run.appendChild(reference);
  paragraph.appendChild(run);
}

/** A `w:comment` by planlint, its first paragraph opening with the annotation mark Word puts there. */
export function commentElement(comments: Document, id: number, comment: NewComment, date: string, w: string): Element {
  const element = comments.createElementNS(w, 'w:comment');
  element.setAttribute('w:id', String(id));
  element.setAttribute('w:author', AUTHOR);
  element.setAttribute('w:date', date);
  element.setAttribute('w:initials', INITIALS);
  comment.paragraphs.forEach((text, index) => {
    const paragraph = comments.createElementNS(w, 'w:p');
    if (index === 0) {
      const mark = comments.createElementNS(w, 'w:r');
      mark.appendChild(comments.createElementNS(w, 'w:annotationRef'));
      paragraph.appendChild(mark);
    }
    const run = comments.createElementNS(w, 'w:r');
    const t = comments.createElementNS(w, 'w:t');
    t.setAttributeNS(XML_NAMESPACE, 'xml:space', 'preserve');
    t.appendChild(comments.createTextNode(text));
    run.appendChild(t);
    paragraph.appendChild(run);
    element.appendChild(paragraph);
  });
  return element;
}
