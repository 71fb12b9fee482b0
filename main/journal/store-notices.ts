// What the file store repaired on open, said in main's language for the journal window's notices (the CLI
// prints the store's own English reports, which carry more detail for support).
import { basename } from 'node:path';
import type { StoreNotice } from '@shared/ipc/contract';
import type { StoreReport } from '../store/load';
import { mt } from '../app/main-i18n';

export function storeNotice(report: StoreReport): StoreNotice {
  const file = basename(report.file);
  const kept = report.keptAs ? ` ${mt('store.keptAs', { keptAs: report.keptAs })}` : '';
  switch (report.kind) {
    case 'torn-tail':
      return { kind: report.kind, message: mt('store.tornTail', { file }) + kept };
    case 'corrupt-record':
    case 'bad-header':
      return { kind: report.kind, message: mt('store.damaged', { file, offset: report.offset }) + kept };
    case 'corrupt-snapshot':
      return { kind: report.kind, message: mt('store.snapshotDamaged', { file, offset: report.offset }) + kept };
    case 'recovered':
      return { kind: report.kind, message: mt('store.recovered') };
    case 'identity-lost':
      return { kind: report.kind, message: mt('store.identityLost') };
  }
}
