// Which screen the current place shows. Each screen lives in views/<screen>/.
import type { Route } from '../nav/route';
import { CircleView } from './circles/CircleView';
import { TodayView } from './today/TodayView';
import { ReviewView } from './review/ReviewView';
import { ReflectionsView } from './reflections/ReflectionsView';
import { ReflectionView } from './reflections/ReflectionView';
import { EventsView } from './events/EventsView';
import { EventView } from './events/EventView';
import { CirclesView } from './circles/CirclesView';
import { ContactView } from './contact/ContactView';
import { ContactsView } from './contacts/ContactsView';
import { DataView } from './data/DataView';
import { GoalView } from './goals/GoalView';
import { GoalsView } from './goals/GoalsView';
import { InboxView } from './inbox/InboxView';
import { PipelineView } from './pipeline/PipelineView';
import { SettingsView } from './settings/SettingsView';
import { TrashView } from './trash/TrashView';
import { InsightsView } from './insights/InsightsView';

export function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'today':
      return <TodayView />;
    case 'review':
      return <ReviewView />;
    case 'reflections':
      return <ReflectionsView />;
    case 'reflection':
      return <ReflectionView key={route.id} id={route.id} />;
    case 'events':
      return <EventsView />;
    case 'event':
      return <EventView key={route.id} id={route.id} />;
    case 'contacts':
      return <ContactsView />;
    case 'pipeline':
      return <PipelineView />;
    case 'contact':
      return <ContactView key={route.id} id={route.id} />;
    case 'goals':
      return <GoalsView />;
    case 'goal':
      return <GoalView key={route.id} id={route.id} />;
    case 'circles':
      return <CirclesView />;
    case 'circle':
      return <CircleView key={route.id} id={route.id} />;
    case 'inbox':
      return <InboxView />;
    case 'trash':
      return <TrashView />;
    case 'settings':
      return <SettingsView />;
    case 'data':
      return <DataView />;
    case 'insights':
      return <InsightsView />;
  }
}
