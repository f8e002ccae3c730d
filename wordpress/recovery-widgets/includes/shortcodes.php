<?php
/**
 * Shortcodes for classic themes and page builders: [recovery_meetings], [recovery_events], [recovery_milestone] and
 * [recovery_stories], whose attributes are the element's own, one to one ([recovery_meetings src="…" url-state]).
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function recovery_widgets_register_shortcodes() {
	foreach ( array( 'meetings', 'events', 'milestone', 'stories' ) as $element ) {
		add_shortcode(
			'recovery_' . $element,
			function ( $atts ) use ( $element ) {
				return recovery_widgets_render_shortcode( $element, $atts );
			}
		);
	}
}

/**
 * WordPress gives a bare attribute ([recovery_meetings url-state]) as a numbered value; it means "on".
 *
 * @param string       $element meetings, events, milestone or stories.
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 */
function recovery_widgets_render_shortcode( $element, $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$given[ strtolower( (string) $value ) ] = true;
		} else {
			$given[ strtolower( $name ) ] = $value;
		}
	}
	return recovery_widgets_render( $element, $given );
}
