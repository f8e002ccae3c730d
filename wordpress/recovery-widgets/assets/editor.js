// The blocks in the editor, without a build step: plain JavaScript on WordPress's globals. Each block's options
// are controls in the sidebar; the preview is the server's own rendering (ServerSideRender), upgraded by the
// elements' script, so the editor shows the real element. That script loads only once a block is on the page.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment, useEffect } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, TextareaControl, ToggleControl, SelectControl, Disabled } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  // This file's own URL: the elements' module is beside it (assets/front.js), in the plugin's folder.
  const script = document.currentScript && document.currentScript.src;
  const frontUrl = script ? new URL('front.js', script).href : null;
  let loading = null;
  const loadElements = () => {
    if (!loading && frontUrl) loading = import(frontUrl);
  };

  const text = (props, name, label, help) =>
    h(TextControl, { label, help, value: props.attributes[name] || '', onChange: (value) => props.setAttributes({ [name]: value }) });
  const number = (props, name, label, help) =>
    h(TextControl, {
      type: 'number',
      min: 0,
      label,
      help,
      value: props.attributes[name] || '',
      onChange: (value) => props.setAttributes({ [name]: Math.max(0, parseInt(value, 10) || 0) }),
    });
  const toggle = (props, name, label, help) =>
    h(ToggleControl, { label, help, checked: !!props.attributes[name], onChange: (value) => props.setAttributes({ [name]: value }) });
  const select = (props, name, label, options) =>
    h(SelectControl, { label, options, value: props.attributes[name], onChange: (value) => props.setAttributes({ [name]: value }) });

  const CONTROLS = {
    meetings: (props) => [
      text(props, 'src', __('Feeds', 'recovery-widgets'), __('Meeting Guide feed URLs, comma-separated. Empty: the center API’s meetings.', 'recovery-widgets')),
      h(TextareaControl, {
        label: __('Sources (JSON)', 'recovery-widgets'),
        help: __('Several programs: [{ "url": "…", "label": "NA" }]. A BMLT server is detected.', 'recovery-widgets'),
        value: props.attributes.sources || '',
        onChange: (value) => props.setAttributes({ sources: value }),
      }),
      text(props, 'timeZone', __('Time zone of the meetings', 'recovery-widgets'), __('IANA name, e.g. America/New_York. Empty: the settings’.', 'recovery-widgets')),
      toggle(props, 'urlState', __('Keep filters in the page address', 'recovery-widgets')),
      select(props, 'distanceUnit', __('Distance unit', 'recovery-widgets'), [
        { value: '', label: __('By language and country', 'recovery-widgets') },
        { value: 'mi', label: __('Miles', 'recovery-widgets') },
        { value: 'km', label: __('Kilometres', 'recovery-widgets') },
      ]),
    ],
    events: (props) => [
      text(props, 'tags', __('Tags', 'recovery-widgets'), __('Comma-separated; only events with any of these.', 'recovery-widgets')),
      number(props, 'limit', __('At most this many events', 'recovery-widgets'), __('0: all.', 'recovery-widgets')),
      text(props, 'eventId', __('One event (its id)', 'recovery-widgets'), __('Shows that event as an RSVP card, its form open.', 'recovery-widgets')),
      text(props, 'eventUrl', __('Address of an event’s page', 'recovery-widgets'), __('With {id}, for invitations.', 'recovery-widgets')),
    ],
    milestone: (props) => [
      select(props, 'schedule', __('Milestones', 'recovery-widgets'), [
        { value: 'aa', label: __('AA chips', 'recovery-widgets') },
        { value: 'na', label: __('NA keytags', 'recovery-widgets') },
        { value: 'monthly', label: __('Monthly', 'recovery-widgets') },
      ]),
      text(props, 'milestones', __('Custom milestones', 'recovery-widgets'), __('e.g. 30d,90d,6m,1y; replaces the list above.', 'recovery-widgets')),
      select(props, 'display', __('Show', 'recovery-widgets'), [
        { value: 'days', label: __('Days', 'recovery-widgets') },
        { value: 'full', label: __('Years, months and days', 'recovery-widgets') },
      ]),
      toggle(props, 'celebrations', __('The center’s celebrations this month', 'recovery-widgets')),
      text(props, 'centerName', __('Center name on the share card', 'recovery-widgets')),
    ],
    stories: (props) => [
      select(props, 'layout', __('Layout', 'recovery-widgets'), [
        { value: 'cards', label: __('Cards', 'recovery-widgets') },
        { value: 'list', label: __('List', 'recovery-widgets') },
        { value: 'single', label: __('One story', 'recovery-widgets') },
        { value: 'carousel', label: __('Carousel', 'recovery-widgets') },
      ]),
      text(props, 'tags', __('Tags', 'recovery-widgets'), __('Comma-separated; only stories with any of these.', 'recovery-widgets')),
      number(props, 'limit', __('Stories per page', 'recovery-widgets'), __('0: the element’s default (6).', 'recovery-widgets')),
      toggle(props, 'submit', __('Show the form to tell a story', 'recovery-widgets')),
      text(props, 'shareTargets', __('Share links', 'recovery-widgets'), __('Comma-separated: email, facebook, x, bluesky, linkedin, whatsapp.', 'recovery-widgets')),
      text(props, 'storyUrl', __('Address of a story’s page', 'recovery-widgets'), __('With {id}.', 'recovery-widgets')),
    ],
  };

  for (const element of Object.keys(CONTROLS)) {
    const name = 'recovery-widgets/' + element;
    registerBlockType(name, {
      edit(props) {
        const blockProps = useBlockProps();
        useEffect(loadElements, []);
        return h(
          Fragment,
          null,
          h(InspectorControls, null, h(PanelBody, { title: __('Options', 'recovery-widgets') }, ...CONTROLS[element](props))),
          // Disabled: the preview is to look at; clicks select the block instead of following links or sending forms.
          h('div', blockProps, h(Disabled, null, h(ServerSideRender, { block: name, attributes: props.attributes }))),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
