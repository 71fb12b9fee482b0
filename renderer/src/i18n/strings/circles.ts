// Strings for the circles screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
