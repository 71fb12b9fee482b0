// Rich text (a Y.XmlFragment bound to TipTap) as CommonMark that keeps its structure: headings, lists,
// emphasis, links, quotes, code. The fragment becomes a ProseMirror document in the editor's own schema
// (StarterKit, which brings Link and Underline), mapped as y-tiptap maps it; prosemirror-markdown's
// serializer, adapted to TipTap's node and mark names, writes it. Pure: no DOM, no Node — it runs in main, the CLI and tests.
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import { defaultMarkdownSerializer, MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { plainText } from '../schema/rich-text';

let schema: Schema | undefined;

/** The editor's schema (renderer/src/editor/RichTextEditor.tsx uses StarterKit, Link included). */
export function richTextSchema(): Schema {
  return (schema ??= getSchema([StarterKit]));
}

const base = defaultMarkdownSerializer.nodes;
const baseMarks = defaultMarkdownSerializer.marks;

/** `headingOffset` moves headings down, so a note's "# Idea" sits under the file's own "## Notes". */
function serializer(headingOffset: number): MarkdownSerializer {
  return new MarkdownSerializer(
    {
      paragraph: base.paragraph!,
      blockquote: base.blockquote!,
      listItem: base.list_item!,
      hardBreak: base.hard_break!,
      text: base.text!,
      heading(state, node) {
        state.write(`${'#'.repeat(Math.min(6, Number(node.attrs.level ?? 1) + headingOffset))} `);
        state.renderInline(node, false);
        state.closeBlock(node);
      },
      bulletList(state, node) {
        state.renderList(node, '  ', () => '- ');
      },
      orderedList(state, node) {
        const start = Number(node.attrs.start ?? 1);
        const width = String(start + node.childCount - 1).length;
        state.renderList(node, ' '.repeat(width + 2), (i) => `${String(start + i).padStart(width)}. `);
      },
      codeBlock(state, node) {
        // A fence longer than any run of backticks inside, so the code cannot close it.
        const longest = Math.max(2, ...(node.textContent.match(/`+/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(longest + 1);
        state.write(`${fence}${typeof node.attrs.language === 'string' ? node.attrs.language : ''}\n`);
        state.text(node.textContent, false);
        state.ensureNewLine();
        state.write(fence);
        state.closeBlock(node);
      },
      horizontalRule(state, node) {
        state.write('---');
        state.closeBlock(node);
      },
    },
    {
      italic: baseMarks.em!,
      bold: baseMarks.strong!,
      code: baseMarks.code!,
      strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
      underline: { open: '<u>', close: '</u>', mixable: true, expelEnclosingWhitespace: true },
      link: {
        open: (state: MarkdownSerializerState, mark: Mark, parent: PMNode, index: number) =>
          href(mark) ? markString(baseMarks.link!.open, state, mark, parent, index) : '',
        close: (state: MarkdownSerializerState, mark: Mark, parent: PMNode, index: number) =>
          href(mark) ? markString(baseMarks.link!.close, state, mark, parent, index) : '',
        mixable: true,
      },
    },
  );
}

const href = (mark: Mark): boolean => typeof mark.attrs.href === 'string' && mark.attrs.href !== '';

type MarkPart = string | ((state: MarkdownSerializerState, mark: Mark, parent: PMNode, index: number) => string);
function markString(part: MarkPart, state: MarkdownSerializerState, mark: Mark, parent: PMNode, index: number): string {
  return typeof part === 'string' ? part : part(state, mark, parent, index);
}

const serializers = new Map<number, MarkdownSerializer>();
const OPTIONS = {
  tightLists: true,
  hardBreakNodeName: 'hardBreak',
  // HTML would otherwise start at "<" and entities at "&amp;"; the serializer escapes the Markdown ones.
  escapeExtraCharacters: /<|&(?=#?[A-Za-z0-9]+;)/g,
};

/** A mark's name as y-prosemirror stores it: overlapping marks carry a `--hash` suffix. */
const markName = (attribute: string): string => attribute.replace(/--[a-zA-Z0-9+/=]{8}$/, '');

/** True when every node and mark is one the schema knows, so the conversion drops nothing. */
function fits(node: Y.XmlElement | Y.XmlText | Y.XmlHook, s: Schema): boolean {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert?: unknown; attributes?: Record<string, unknown> }>).every(
      (op) => typeof op.insert === 'string' && Object.keys(op.attributes ?? {}).every((k) => markName(k) in s.marks),
    );
  }
  if (node instanceof Y.XmlElement) return node.nodeName in s.nodes && node.toArray().every((c) => fits(c, s));
  return false;
}

function textNodes(node: Y.XmlText, s: Schema): PMNode[] {
  return (node.toDelta() as Array<{ insert: string; attributes?: Record<string, unknown> }>)
    .filter((op) => op.insert !== '')
    .map((op) =>
      s.text(
        op.insert,
        Object.entries(op.attributes ?? {}).map(([key, attrs]) =>
          s.marks[markName(key)]!.create(typeof attrs === 'object' ? (attrs as Record<string, unknown>) : null),
        ),
      ),
    );
}

function elementNode(node: Y.XmlElement, s: Schema): PMNode {
  const children = node
    .toArray()
    .flatMap((child) => (child instanceof Y.XmlText ? textNodes(child, s) : [elementNode(child as Y.XmlElement, s)]));
  return s.nodes[node.nodeName]!.create(node.getAttributes(), children);
}

/**
 * The fragment as a ProseMirror document, mapped as y-tiptap maps it (element attributes are node
 * attributes, text attributes are marks). Not through y-tiptap itself: its converter writes to the Y.Doc it
 * reads (it deletes what does not fit and merges neighbouring texts), and an export must never write to
 * the journal; copying each fragment into a scratch Y.Doc first made a 10,000-person export ten times slower.
 * A fragment from a newer editor, with nodes or marks this schema lacks, falls back to plain paragraphs.
 */
export function fragmentToProseMirror(fragment: Y.XmlFragment): PMNode {
  const s = richTextSchema();
  const top = fragment.toArray();
  if (!top.every((node) => fits(node, s))) {
    const lines = plainText(fragment).split('\n');
    return s.node(
      'doc',
      null,
      lines.map((line) => s.node('paragraph', null, line === '' ? [] : [s.text(line)])),
    );
  }
  const blocks = top.map((node) =>
    node instanceof Y.XmlText
      ? s.nodes.paragraph!.create(null, textNodes(node, s))
      : elementNode(node as Y.XmlElement, s),
  );
  return s.topNodeType.create(null, blocks);
}

/** The fragment as CommonMark (no trailing newline; '' when empty). */
export function fragmentToMarkdown(fragment: Y.XmlFragment, options: { headingOffset?: number } = {}): string {
  return fragmentSerializer(options.headingOffset ?? 0)
    .serialize(fragmentToProseMirror(fragment), OPTIONS)
    .trim();
}

function fragmentSerializer(offset: number): MarkdownSerializer {
  let s = serializers.get(offset);
  if (!s) serializers.set(offset, (s = serializer(offset)));
  return s;
}

/** Plain text (a purpose, a name, a summary) as Markdown that reads back as the same words, one paragraph a line. */
export function textToMarkdown(text: string): string {
  const s = richTextSchema();
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return '';
  const doc = s.node(
    'doc',
    null,
    lines.map((line) => s.node('paragraph', null, [s.text(line)])),
  );
  return fragmentSerializer(0).serialize(doc, OPTIONS).trim();
}

/** Plain text on one line (in a list item, after a label). */
export function inlineMarkdown(text: string): string {
  return textToMarkdown(text.replace(/\s+/g, ' '));
}
