// A goal's plan: a checklist with optional due dates. Steps move by dragging their handle, with the
// move buttons, or with Alt+↑/↓ on any control of the step; focus stays with the moved step and the new
// place is announced to screen readers.
import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStep, type Goal, type PlanStep } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { dropIndex, neighbourIndex } from './goal-list';
import { AddStepForm } from './AddStepForm';
import { PlanStepRow, type RowDrag } from './PlanStepRow';

const OPPOSITE: Record<string, string> = { up: 'down', down: 'up' };

interface DropTarget {
  over: number;
  after: boolean;
}

export function PlanSteps({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ stepId: string; focus: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const steps = goal.steps;

  // After a move React may re-insert the row's element, which drops focus: put it back where it was.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const row = list.current?.querySelector(`[data-step-id="${CSS.escape(pending.stepId)}"]`);
    // A move button that became disabled at the edge hands focus to its opposite, so the way back is one press.
    const order = [pending.focus, ...(OPPOSITE[pending.focus] ? [OPPOSITE[pending.focus]] : []), 'text'];
    const usable = order
      .map((key) => row?.querySelector<HTMLElement>(`[data-focus="${key}"]`))
      .find((el) => el && !(el instanceof HTMLButtonElement && el.disabled));
    usable?.focus();
  }, [steps]);

  const moveTo = (step: PlanStep, from: number, to: number, focus?: string): void => {
    if (to === from) return;
    if (focus) pendingFocus.current = { stepId: step.id, focus };
    edit(() => moveStep(doc, goal.id, step.id, to));
    setAnnouncement(t('goals.steps.moved', { text: step.text, n: to + 1, total: steps.length }));
  };

  const dragFor = (step: PlanStep, index: number): RowDrag => ({
    dragging: dragged === step.id,
    indicator:
      dragged && dragged !== step.id && target?.over === index ? (target.after ? 'after' : 'before') : undefined,
    onDragStart: (event) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', step.text);
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 24, 20);
      setDragged(step.id);
    },
    onDragEnd: () => {
      setDragged(null);
      setTarget(null);
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const rect = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > rect.top + rect.height / 2;
      if (target?.over !== index || target.after !== after) setTarget({ over: index, after });
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      event.preventDefault();
      const from = steps.findIndex((s) => s.id === dragged);
      const moving = steps[from];
      if (moving && target) moveTo(moving, from, dropIndex(from, target.over, target.after));
      setDragged(null);
      setTarget(null);
    },
  });

  return (
    <section className="panel entity-panel goal-panel plan" aria-labelledby="plan-title">
      <h3 id="plan-title">{t('goals.steps.heading')}</h3>
      <p className="hint plan-hint">{t('goals.steps.hint')}</p>
      {steps.length === 0 ? (
        <p className="muted plan-empty">{t('goals.steps.empty')}</p>
      ) : (
        <ol className="plan-list" ref={list} aria-label={t('goals.steps.heading')}>
          {steps.map((step, index) => (
            <PlanStepRow
              key={step.id}
              goalId={goal.id}
              step={step}
              index={index}
              count={steps.length}
              drag={dragFor(step, index)}
              onMove={(direction, focus) => {
                const to = neighbourIndex(index, direction, steps.length);
                if (to !== undefined) moveTo(step, index, to, focus);
              }}
            />
          ))}
        </ol>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <AddStepForm goalId={goal.id} />
    </section>
  );
}
