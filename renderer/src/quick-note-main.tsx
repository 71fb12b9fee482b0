// Entry of the quick-note window opened from the tray or the global shortcut.
import { QuickNote } from './quick-note/QuickNote';
import { boot } from './boot';

void boot(() => <QuickNote />);
