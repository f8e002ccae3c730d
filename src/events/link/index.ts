/**
 * "Email me my link" of `<recovery-events>`, loaded the first time a visitor opens it (most never lose their
 * link): the form, its strings and its styles.
 */
import './i18n/index.js';

export { LinkFormController, type LinkContext } from './link-form.js';
