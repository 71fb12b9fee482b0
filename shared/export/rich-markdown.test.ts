import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import MarkdownIt from 'markdown-it';
import { el, p, text } from './test-journal';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { fragmentToMarkdown, fragmentToProseMirror, richTextSchema } from './rich-markdown';

/** Fresh rich text holding `nodes`, as the editor would store it. */
function rich(...nodes: Array<Y.XmlElement | Y.XmlText>): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('rich');
  if (nodes.length > 0) fragment.insert(0, nodes);
  return fragment;
}

/** What a Markdown reader makes of the output: the proof that the structure survived. */
const html = (markdown: string): string => new MarkdownIt().render(markdown).trim();

describe('rich text → Markdown', () => {
  it('keeps headings, nested and ordered lists, quotes, code blocks and rules', () => {
    const fragment = rich(
      el('heading', [text('Plan')], { level: 2 }),
      el('bulletList', [
        el('listItem', [p('one'), el('bulletList', [el('listItem', [p('deeper')]), el('listItem', [p('also')])])]),
        el('listItem', [p('two')]),
      ]),
      el('orderedList', [el('listItem', [p('first')]), el('listItem', [p('second')])], { start: 3 }),
      el('blockquote', [p('quoted'), p('twice')]),
      el('codeBlock', [text('let a = `b`;\n```\nend')], { language: 'ts' }),
      el('horizontalRule'),
      el('paragraph', [text('a'), el('hardBreak'), text('b')]),
    );
    expect(html(fragmentToMarkdown(fragment))).toBe(
      [
        '<h2>Plan</h2>',
        '<ul>',
        '<li>one',
        '<ul>',
        '<li>deeper</li>',
        '<li>also</li>',
        '</ul>',
        '</li>',
        '<li>two</li>',
        '</ul>',
        '<ol start="3">',
        '<li>first</li>',
        '<li>second</li>',
        '</ol>',
        '<blockquote>',
        '<p>quoted</p>',
        '<p>twice</p>',
        '</blockquote>',
        '<pre><code class="language-ts">let a = `b`;',
        '```',
        'end',
        '</code></pre>',
        '<hr>',
        '<p>a<br>',
        'b</p>',
      ].join('\n'),
    );
  });

  it('keeps overlapping marks, links and inline code', () => {
    const fragment = rich(
      p(
        'Some ',
        ['bold, ', { bold: {} }],
        ['both', { bold: {}, italic: {} }],
        [' then italic', { italic: {} }],
        ', ',
        ['a link', { link: { href: 'https://example.test/a_(b)' } }],
        ', ',
        ['gone', { strike: {} }],
        ' and ',
        ['x `y`', { code: {} }],
      ),
    );
    expect(html(fragmentToMarkdown(fragment))).toBe(
      '<p>Some <strong>bold, <em>both</em></strong> <em>then italic</em>, ' +
        '<a href="https://example.test/a_(b)">a link</a>, <s>gone</s> and <code>x `y`</code></p>',
    );
  });

  it('escapes Markdown and HTML written as text, so it reads back as the same text', () => {
    const lines = [
      '# not a heading',
      '- not a list',
      '1. not numbered',
      '> not a quote',
      '<b>not bold</b> &amp; *stars* _under_ [x](y) `tick` ~~tilde~~ back\\slash',
      'snake_case stays readable',
    ];
    const markdown = fragmentToMarkdown(rich(...lines.map((line) => p(line))));
    expect(markdown).toContain('snake_case');
    const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html(markdown)).toBe(lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'));
  });

  it('keeps å ä ö and emoji, and drops empty paragraphs without leaving gaps', () => {
    const fragment = rich(p(), p('Åsa sa: ”hej” 🎉👩🏽‍💻'), p(), p(), p('ö'), p());
    expect(fragmentToMarkdown(fragment)).toBe('Åsa sa: ”hej” 🎉👩🏽‍💻\n\nö');
    expect(fragmentToMarkdown(rich())).toBe('');
    expect(fragmentToMarkdown(rich(p(), p()))).toBe('');
  });

  it('writes a heading alone, moved down under the file’s own headings when asked', () => {
    const fragment = rich(el('heading', [text('Only this')], { level: 1 }));
    expect(fragmentToMarkdown(fragment)).toBe('# Only this');
    expect(fragmentToMarkdown(fragment, { headingOffset: 2 })).toBe('### Only this');
    expect(fragmentToMarkdown(rich(el('heading', [text('Deep')], { level: 6 })), { headingOffset: 2 })).toBe(
      '###### Deep',
    );
  });

  it('never writes to the journal, and keeps the words of a node it does not know', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('notes');
    const twoTexts = el('paragraph', [text('split '), text('text')]);
    fragment.insert(0, [twoTexts, p(['x', { unknownMark: {} }]), el('mermaidDiagram', [text('graph TD')])]);
    const before = Y.encodeStateAsUpdate(doc);
    expect(fragmentToMarkdown(fragment)).toBe('split text\n\nx\n\ngraph TD');
    const known = doc.getXmlFragment('known');
    known.insert(0, [el('paragraph', [text('split '), text('text')]), el('bulletList', [el('listItem', [p('a')])])]);
    const again = Y.encodeStateAsUpdate(doc);
    expect(fragmentToMarkdown(known)).toBe('split text\n\n- a');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(again);
    expect(before.length).toBeLessThan(again.length);
  });

  it('reads the fragment exactly as the editor’s binding (y-tiptap) does', () => {
    const fragment = rich(
      el('heading', [text('T')], { level: 3 }),
      p('a ', ['b', { bold: {}, italic: {} }], ['c', { link: { href: 'https://x.test', target: '_blank' } }]),
      el('orderedList', [el('listItem', [p('one'), el('blockquote', [p('q')])])], { start: 4 }),
      el('codeBlock', [text('x')], { language: 'js' }),
    );
    // y-tiptap may write to what it reads, so it gets a throwaway replica.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(fragment.doc!));
    const expected = yXmlFragmentToProseMirrorRootNode(replica.getXmlFragment('rich'), richTextSchema());
    expect(fragmentToProseMirror(fragment).toJSON()).toEqual(expected.toJSON());
  });

  it('reads text placed directly in the fragment as a paragraph', () => {
    expect(fragmentToMarkdown(rich(text('loose *text*')))).toBe('loose \\*text\\*');
  });
});
