// Rich text bound to a Y.XmlFragment in the journal (notes, drafts, strategy): TipTap/ProseMirror through
// y-prosemirror, so every keystroke is a Yjs edit that main stores and other windows see. Markdown shortcuts
// ("# ", "- ", "1. ", "> ", **bold**, _italic_) come from StarterKit's input rules. Undo inside the editor is
// y-prosemirror's own stack, which only holds this editor's edits — never a remote change.
import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import Placeholder from '@tiptap/extension-placeholder';
import type * as Y from 'yjs';
import './editor.css';

export interface RichTextProps {
  fragment: Y.XmlFragment;
  /** Accessible name of the text box ("Notes", "Message draft"). */
  label: string;
  placeholder?: string;
  /** Taller box for long writing (drafts, strategy). */
  size?: 'normal' | 'tall';
  autoFocus?: boolean;
}

export default function RichTextEditor({
  fragment,
  label,
  placeholder = '',
  size = 'normal',
  autoFocus = false,
}: RichTextProps) {
  const editor = useEditor(
    {
      // The CSP forbids inline <style>; the editor's CSS lives in editor.css.
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      autofocus: autoFocus ? 'end' : false,
      extensions: [
        StarterKit.configure({
          undoRedo: false, // Collaboration brings the Yjs-aware undo
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
        }),
        Collaboration.configure({ fragment }),
        Placeholder.configure({ placeholder }),
      ],
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          class: `rich-text rich-text-${size}`,
          spellcheck: 'true',
        },
      },
    },
    [fragment],
  );

  // Keep the accessible name in step with the UI language.
  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          class: `rich-text rich-text-${size}`,
        },
      },
    });
  }, [editor, label, size]);

  return <EditorContent editor={editor} className="rich-text-frame" />;
}
