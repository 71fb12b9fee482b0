// Entry of the journal window.
import { App } from './components/App';
import { boot } from './boot';

void boot(() => <App />);
