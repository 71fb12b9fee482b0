// HTML5 drag and drop on the board: a card carries its contact id in its own data type (so text or files
// dragged in from elsewhere are ignored), the column under the pointer is the visible drop target.
import { useCallback, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { STAGES, type Contact, type Stage } from '@shared/schema';

export const DRAG_TYPE = 'application/x-rapport-contact';

function stageAt(target: EventTarget): Stage | undefined {
  const value = target instanceof Element ? target.closest('[data-stage]')?.getAttribute('data-stage') : undefined;
  return STAGES.find((stage) => stage === value);
}

export interface BoardDrag {
  draggingId: string | undefined;
  over: Stage | undefined;
  start: (event: DragEvent<HTMLElement>, contact: Contact) => void;
  end: () => void;
  boardProps: {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
}

export function useBoardDrag(onDrop: (contactId: string, stage: Stage) => void): BoardDrag {
  const [draggingId, setDraggingId] = useState<string | undefined>();
  const [over, setOver] = useState<Stage | undefined>();
  const [from, setFrom] = useState<Stage | undefined>();
  const dropRef = useRef(onDrop);
  useLayoutEffect(() => {
    dropRef.current = onDrop;
  });

  const start = useCallback((event: DragEvent<HTMLElement>, contact: Contact): void => {
    event.dataTransfer.setData(DRAG_TYPE, contact.id);
    event.dataTransfer.setData('text/plain', contact.name);
    event.dataTransfer.effectAllowed = 'move';
    setDraggingId(contact.id);
    setFrom(contact.stage);
  }, []);

  const end = useCallback((): void => {
    setDraggingId(undefined);
    setFrom(undefined);
    setOver(undefined);
  }, []);

  const boardProps = {
    onDragOver: (event: DragEvent<HTMLElement>): void => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      // The card's own column is no drop target: dropping there changes nothing.
      const stage = stageAt(event.target);
      const target = stage === from ? undefined : stage;
      setOver(target);
      if (!target) return;
      event.preventDefault(); // allows the drop here
      event.dataTransfer.dropEffect = 'move';
    },
    onDragLeave: (event: DragEvent<HTMLElement>): void => {
      const into = event.relatedTarget;
      if (!(into instanceof Node) || !event.currentTarget.contains(into)) setOver(undefined);
    },
    onDrop: (event: DragEvent<HTMLElement>): void => {
      const id = event.dataTransfer.getData(DRAG_TYPE);
      const stage = stageAt(event.target);
      end();
      if (!id || !stage || stage === from) return;
      event.preventDefault();
      dropRef.current(id, stage);
    },
  };
  return { draggingId, over, start, end, boardProps };
}
