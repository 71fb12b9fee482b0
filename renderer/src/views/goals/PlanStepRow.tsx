// One plan step: tick it, edit its text and due date, move it (drag handle, buttons, Alt+↑/↓) or remove it.
// Controls carry data-focus so the list can put focus back on the same control after a move.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { removeStep, updateStep, type PlanStep, type StepPatch } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useLiveText } from '../../ui/use-live-text';
import { ArrowIcon, CrossIcon, GripIcon } from './PlanIcons';
import { DayInput } from '../../day-field/DayInput';

export interface RowDrag {
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
  /** Where a dragged step would land relative to this row. */
  indicator: 'before' | 'after' | undefined;
  dragging: boolean;
}

interface Props {
  goalId: string;
  step: PlanStep;
  index: number;
  count: number;
  onMove: (direction: 'up' | 'down', focus: string) => void;
  drag: RowDrag;
}

export function PlanStepRow({ goalId, step, index, count, onMove, drag }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const [addingDue, setAddingDue] = useState(false);
  const update = (patch: StepPatch): void => edit(() => updateStep(doc, goalId, step.id, patch));
  const text = useLiveText(step.text, (value) => update({ text: value }), { accept: (value) => value.trim() !== '' });
  const name = step.text || t('goals.steps.untitled', { n: index + 1 });

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const focus = event.target instanceof HTMLElement ? (event.target.dataset.focus ?? 'text') : 'text';
    onMove(event.key === 'ArrowUp' ? 'up' : 'down', focus);
  };
  const classes = [
    'plan-step',
    step.done ? 'done' : '',
    drag.dragging ? 'dragging' : '',
    drag.indicator ? `drop-${drag.indicator}` : '',
  ];

  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-step-id={step.id}
      onKeyDown={onKeyDown}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
    >
      <span
        className="plan-handle"
        draggable
        title={t('goals.steps.drag')}
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
      >
        <GripIcon />
      </span>
      <input
        type="checkbox"
        className="plan-check"
        data-focus="done"
        checked={step.done}
        aria-label={name}
        onChange={(e) => update({ done: e.target.checked })}
      />
      <input className="plan-text" data-focus="text" aria-label={t('goals.steps.text', { n: index + 1 })} {...text} />
      {step.due || addingDue ? (
        <DayInput
          className="plan-due"
          data-focus="due"
          aria-label={t('goals.steps.due', { text: name })}
          value={step.due ?? ''}
          autoFocus={addingDue && !step.due}
          onDay={(day) => update({ due: day === '' ? null : day })}
          onBlur={() => setAddingDue(false)}
        />
      ) : (
        <button
          type="button"
          className="plan-tool plan-add-due-button"
          data-focus="due"
          aria-label={t('goals.steps.addDue', { text: name })}
          onClick={() => setAddingDue(true)}
        >
          {t('goals.steps.date')}
        </button>
      )}
      <span className="plan-tools">
        <button
          type="button"
          className="plan-tool"
          data-focus="up"
          aria-label={t('goals.steps.up', { text: name })}
          disabled={index === 0}
          onClick={() => onMove('up', 'up')}
        >
          <ArrowIcon direction="up" />
        </button>
        <button
          type="button"
          className="plan-tool"
          data-focus="down"
          aria-label={t('goals.steps.down', { text: name })}
          disabled={index === count - 1}
          onClick={() => onMove('down', 'down')}
        >
          <ArrowIcon direction="down" />
        </button>
        <button
          type="button"
          className="plan-tool"
          data-focus="remove"
          aria-label={t('goals.steps.remove', { text: name })}
          onClick={() => edit(() => removeStep(doc, goalId, step.id))}
        >
          <CrossIcon />
        </button>
      </span>
    </li>
  );
}
