<?php
/**
 * The markup every block and shortcode shares: one `<recovery-provider>` carrying the site's settings around the
 * element, whose own attributes are escaped one by one. Rendering also enqueues the module script, so only pages
 * that show an element load it.
 *
 * @package RecoveryWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Each element's attributes and their kinds: `string`, `int` or `bool` (a bare attribute). The shared ones
 * (api, lang, time-zone, theme) are accepted everywhere; on an element they win over the provider's.
 */
function recovery_widgets_element_attributes() {
	$shared = array(
		'api'       => 'string',
		'lang'      => 'string',
		'time-zone' => 'string',
		'theme'     => 'string',
	);
	return array(
		'meetings'  => $shared + array(
			'src'           => 'string',
			'sources'       => 'string',
			'url-state'     => 'bool',
			'distance-unit' => 'string',
		),
		'events'    => $shared + array(
			'event-id'  => 'string',
			'limit'     => 'int',
			'tags'      => 'string',
			'timeout'   => 'int',
			'event-url' => 'string',
		),
		'milestone' => $shared + array(
			'since'        => 'string',
			'date-means'   => 'string',
			'schedule'     => 'string',
			'milestones'   => 'string',
			'display'      => 'string',
			'leap-day'     => 'string',
			'celebrations' => 'bool',
			'center-name'  => 'string',
		),
		'stories'   => $shared + array(
			'layout'        => 'string',
			'limit'         => 'int',
			'tags'          => 'string',
			'story-id'      => 'string',
			'story-url'     => 'string',
			'share-targets' => 'string',
			'submit'        => 'bool',
			'autoplay'      => 'bool',
			'timeout'       => 'int',
		),
	);
}

/** The site's language as a BCP 47 tag (en_US → en-US). */
function recovery_widgets_site_lang() {
	return str_replace( '_', '-', get_locale() );
}

/** The site's IANA time zone, or '' when it is set as a UTC offset (which names no place and has no DST rules). */
function recovery_widgets_site_time_zone() {
	$zone = (string) get_option( 'timezone_string' );
	return in_array( $zone, timezone_identifiers_list(), true ) ? $zone : '';
}

/** Whether the 12 Step Meeting List plugin is active (it defines TSML_VERSION and tsml_get_meetings). */
function recovery_widgets_tsml_active() {
	return defined( 'TSML_VERSION' ) || function_exists( 'tsml_get_meetings' );
}

/** That plugin's own Meeting Guide feed on this site. */
function recovery_widgets_tsml_feed() {
	return admin_url( 'admin-ajax.php?action=meetings' );
}

/**
 * Attribute markup from name => value pairs; true is a bare attribute, false, null and '' are left out.
 *
 * @param array<string, mixed> $attributes Names are trusted (they come from our own lists); values are escaped.
 */
function recovery_widgets_attributes_html( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( null !== $value && false !== $value && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	return $html;
}

/**
 * Keeps the attributes an element knows, each coerced to its kind.
 *
 * @param string               $element meetings, events, milestone or stories.
 * @param array<string, mixed> $given   Element attribute names (kebab-case) => values.
 */
function recovery_widgets_clean_attributes( $element, $given ) {
	$known = recovery_widgets_element_attributes()[ $element ];
	$clean = array();
	foreach ( $known as $name => $kind ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = $given[ $name ];
		if ( 'bool' === $kind ) {
			$clean[ $name ] = is_bool( $value ) ? $value : in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', '', $name ), true );
		} elseif ( 'int' === $kind ) {
			$number         = is_numeric( $value ) ? (int) $value : 0;
			$clean[ $name ] = $number > 0 ? (string) $number : null;
		} else {
			$clean[ $name ] = is_scalar( $value ) ? trim( (string) $value ) : null;
		}
	}
	return $clean;
}

/** The provider's attributes from the settings. */
function recovery_widgets_provider_attributes() {
	$settings = recovery_widgets_settings();
	$lines    = $settings['no_crisis'] ? array() : recovery_widgets_parse_crisis_lines( $settings['crisis_lines'] );
	return array(
		'api'               => $settings['api'],
		'lang'              => '' !== $settings['lang'] ? $settings['lang'] : recovery_widgets_site_lang(),
		'time-zone'         => '' !== $settings['time_zone'] ? $settings['time_zone'] : recovery_widgets_site_time_zone(),
		'theme'             => $settings['theme'],
		// A property on the elements, not an attribute: assets/front.js hands it over (no inline script needed).
		'data-crisis-lines' => ( $settings['no_crisis'] || $lines ) ? wp_json_encode( $lines, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) : null,
	);
}

/**
 * One element inside the provider, and its script enqueued.
 *
 * @param string               $element meetings, events, milestone or stories.
 * @param array<string, mixed> $given   Element attribute names => values (unknown names are dropped).
 * @param string               $wrapper Extra attributes for the wrapping div (a block's classes), already escaped.
 */
function recovery_widgets_render( $element, $given, $wrapper = '' ) {
	$attributes = recovery_widgets_clean_attributes( $element, $given );
	if ( 'meetings' === $element && empty( $attributes['src'] ) && empty( $attributes['sources'] ) && recovery_widgets_tsml_active() ) {
		$attributes['src'] = recovery_widgets_tsml_feed();
	}
	recovery_widgets_enqueue();
	$tag = 'recovery-' . $element;
	return '<div' . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . '>'
		. '<recovery-provider' . recovery_widgets_attributes_html( recovery_widgets_provider_attributes() ) . '>'
		. '<' . $tag . recovery_widgets_attributes_html( $attributes ) . '></' . $tag . '>'
		. '</recovery-provider></div>';
}
