// The reflections linked to one person, event or goal, shown on that page. (Stub until reflections land.)
import type { ReflectionLink } from '@shared/schema';

export function LinkedReflections({ link }: { link: ReflectionLink }) {
  void link;
  return null;
}
