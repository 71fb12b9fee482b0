// "Is this the same person?" during an import: different LinkedIn profiles are different people, even with
// the same name and company; a name + company match with one side lacking a profile is only "probable".
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact } from '../schema/contacts';
import { parseLinkedInCsv } from './linkedin-csv';
import { planContactImport } from './plan-contacts';
import { formatPlanReport } from './report';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n');

describe('planContactImport: namesakes', () => {
  it('keeps two connections with the same name and company but different profiles apart', () => {
    const plan = planContactImport(
      new Y.Doc(),
      parseLinkedInCsv(
        csv(
          'Anna,Karlsson,https://www.linkedin.com/in/anna-karlsson-1a,,Volvo Cars,Designer,2024-01-02',
          'Anna,Karlsson,https://www.linkedin.com/in/anna-karlsson-9z,,Volvo Cars,Engineer,2024-02-03',
        ),
      ),
      'linkedin',
    );
    expect(plan.added.map((d) => d.role)).toEqual(['Designer', 'Engineer']);
    expect(plan.skipped).toEqual([]);
  });

  it('keeps one person when the same profile is written another way', () => {
    const plan = planContactImport(
      new Y.Doc(),
      parseLinkedInCsv(
        csv(
          'Anna,Karlsson,https://www.linkedin.com/in/anna-karlsson-1a,,Volvo Cars,Designer,2024-01-02',
          'Anna,Karlsson,https://se.linkedin.com/in/anna-karlsson-1a/?originalSubdomain=se,,Volvo Cars,Designer,',
        ),
      ),
      'linkedin',
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.skipped).toEqual([{ line: 3, reason: 'same person as line 2', sameAs: 2 }]);
  });

  it('does not take a journal contact with another profile for the same person', () => {
    const doc = new Y.Doc();
    createContact(doc, {
      name: 'Anna Karlsson',
      company: 'Volvo Cars',
      linkedinUrl: 'https://www.linkedin.com/in/anna-karlsson-1a',
    });
    const plan = planContactImport(
      doc,
      parseLinkedInCsv(csv('Anna,Karlsson,https://www.linkedin.com/in/anna-karlsson-9z,,Volvo Cars,Engineer,')),
      'linkedin',
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.updated).toEqual([]);
  });

  it('matches by name and company when one side has no profile, and says it is probable', () => {
    const doc = new Y.Doc();
    createContact(doc, { name: 'Anna Karlsson', company: 'Volvo Cars' });
    const plan = planContactImport(
      doc,
      parseLinkedInCsv(csv('Anna,Karlsson,https://www.linkedin.com/in/anna-karlsson-9z,,Volvo Cars,Engineer,')),
      'linkedin',
    );
    expect(plan.added).toEqual([]);
    expect(plan.updated).toMatchObject([{ name: 'Anna Karlsson', probable: true }]);
    expect(formatPlanReport(plan, 'Connections.csv', true).join('\n')).toContain(
      'Anna Karlsson: probably the same person (same name and company, one without a profile address)',
    );
  });
});
