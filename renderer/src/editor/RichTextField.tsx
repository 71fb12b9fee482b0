// Rich text for notes, drafts and strategy. The editor (TipTap/ProseMirror, about half of the renderer's
// code) loads on first use, so the journal window opens without it; until then a quiet frame of the same
// size holds its place — no spinner for local work.
import { lazy, Suspense } from 'react';
import type { RichTextProps } from './RichTextEditor';
import './editor.css';

const loadEditor = () => import('./RichTextEditor');
const RichTextEditor = lazy(loadEditor);

/** Fetches the editor once the window is idle, so the first page with notes does not wait for it. */
export function preloadRichText(): () => void {
  const timer = setTimeout(() => void loadEditor(), 1200);
  return () => clearTimeout(timer);
}

export function RichTextField(props: RichTextProps) {
  const placeholderFrame = (
    <div className="rich-text-frame" aria-hidden="true">
      <div className={`rich-text rich-text-${props.size ?? 'normal'}`} />
    </div>
  );
  return (
    <Suspense fallback={placeholderFrame}>
      <RichTextEditor {...props} />
    </Suspense>
  );
}
