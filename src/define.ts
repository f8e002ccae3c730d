/** Registers every recovery-widgets element. Each element also has a define module of its own. */
import './core/provider.define.js';
import './meetings/meetings.define.js';
import './events/events.define.js';
import './milestone/milestone.define.js';
import './stories/stories.define.js';
