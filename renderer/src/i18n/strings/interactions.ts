// Strings for the interactions screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
