import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { LABEL_FONT } from '../sigma/style.ts';

/** A colour of the legend and what it stands for. */
export interface LegendEntry {
  color: string;
  label: string;
  /** Actors are discs, relations lines. */
  shape: 'disc' | 'line';
}

const PADDING = 16;
const LINE_HEIGHT = 22;
const ENTRY_WIDTH = 210;

/**
 * The map as drawn (sigma's layers composited onto one canvas by @sigma/export-image) above a band
 * with the legend and the caption, drawn with canvas text: the file says what its colours mean and
 * which view it is, wherever it ends up. The band is as wide as the map and as tall as its text.
 */
export async function mapWithLegend(renderer: Sigma, legend: readonly LegendEntry[], caption: readonly string[], rtl: boolean): Promise<Blob> {
  const map = await drawOnCanvas(renderer, { backgroundColor: '#ffffff' });
  const scale = window.devicePixelRatio || 1;
  const width = map.width / scale;
  const perRow = Math.max(1, Math.floor((width - 2 * PADDING) / ENTRY_WIDTH));
  const legendRows = Math.ceil(legend.length / perRow);
  const band = PADDING * 2 + LINE_HEIGHT * (legendRows + caption.length) + PADDING / 2;

  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height + Math.ceil(band * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the image on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(map, 0, 0);
  context.scale(scale, scale);
  context.translate(0, map.height / scale);
  context.fillStyle = '#d8dde3';
  context.fillRect(0, 0, width, 1);

  context.direction = rtl ? 'rtl' : 'ltr';
  context.textBaseline = 'middle';
  context.textAlign = rtl ? 'right' : 'left';
  // Mirrored for Arabic: entries run from the right edge, their swatch before the text.
  const x = (offset: number) => (rtl ? width - offset : offset);
  context.font = `13px ${LABEL_FONT}`;
  legend.forEach((entry, index) => {
    const left = PADDING + (index % perRow) * ENTRY_WIDTH;
    const y = PADDING + Math.floor(index / perRow) * LINE_HEIGHT + LINE_HEIGHT / 2;
    context.fillStyle = entry.color;
    context.strokeStyle = entry.color;
    if (entry.shape === 'disc') {
      context.beginPath();
      context.arc(x(left + 6), y, 6, 0, 2 * Math.PI);
      context.fill();
    } else {
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x(left), y);
      context.lineTo(x(left + 14), y);
      context.stroke();
    }
    context.fillStyle = '#1f2933';
    context.fillText(entry.label, x(left + 22), y, ENTRY_WIDTH - 28);
  });
  caption.forEach((line, index) => {
    const y = PADDING + (legendRows + index) * LINE_HEIGHT + PADDING / 2 + LINE_HEIGHT / 2;
    context.font = `${index === 0 ? 'bold ' : ''}13px ${LABEL_FONT}`;
    context.fillStyle = index === 0 ? '#1f2933' : '#52606d';
    context.fillText(line, x(PADDING), y, width - 2 * PADDING);
  });

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}
