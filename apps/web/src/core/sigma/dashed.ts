/**
 * A dashed line, for relations that are only announced (plans, threats not carried out): sigma 3.0
 * draws no dashes. It is sigma's rectangle edge with its shaders swapped: the vertex shader also
 * passes how far along the edge, in screen pixels, each vertex lies, and the fragment shader leaves
 * out every other stretch of DASH_PIXELS. The attributes, uniforms and vertices are the rectangle's.
 */
import { EdgeArrowHeadProgram, EdgeRectangleProgram, createEdgeCompoundProgram } from 'sigma/rendering';

/** The length of a dash and of the gap after it, on screen. */
const DASH_PIXELS = 6;

// The rectangle's vertex shader (sigma's edge.rectangle.vert.glsl) with v_along added.
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);
  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  // The edge's length on screen: clip space spans 2 units, and u_correctionRatio is a pixel's
  // share of it (times the pixel ratio), as the thickness above is computed.
  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length(end - start) / u_correctionRatio * u_zoomRatio;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// sigma's edge.frag.glsl, with the gaps left out; picking (which line is under the pointer) keeps
// the whole line, so that the gaps can be hovered and clicked too.
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (mod(v_along, ${(2 * DASH_PIXELS).toFixed(1)}) > ${DASH_PIXELS.toFixed(1)}) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

/**
 * An undirected dashed line. Typed as the rectangle it extends: a subclass of its own makes
 * TypeScript measure sigma's generics anew, and every renderer's settings then fail to check.
 */
export const EdgeDashedProgram = class extends EdgeRectangleProgram {
  override getDefinition() {
    return { ...super.getDefinition(), VERTEX_SHADER_SOURCE: VERTEX_SHADER, FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER };
  }
} as unknown as typeof EdgeRectangleProgram;

/**
 * A directed dashed line: the dashes run under sigma's arrowhead, which covers their end. Typed as
 * a program class of sigma's, for the same reason as above.
 */
export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedProgram, EdgeArrowHeadProgram]) as unknown as typeof EdgeArrowHeadProgram;
