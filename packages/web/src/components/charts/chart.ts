import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what our two chart kinds draw is registered, so the rest of chart.js is left out of the
// bundle. This module is imported by the dashboard and public pages only, never by the shell.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colour-blind-safe palettes (Okabe–Ito), one colour per series in order. */
const lightColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];
const darkColours = ['#56B4E9', '#F0E442', '#009E73', '#CC79A7', '#E69F00', '#FFFFFF'];

export function seriesColour(index: number, onDark = false): string {
  const palette = onDark ? darkColours : lightColours;
  return palette[index % palette.length]!;
}

/** Axis, grid and legend styling; on a dark background (wall mode) light and larger. */
export function axisTheme(onDark = false) {
  return onDark
    ? { ticks: { color: '#e5e7eb', font: { size: 16 } }, grid: { color: 'rgba(255,255,255,0.15)' }, legend: { color: '#ffffff', font: { size: 16 } } }
    : { ticks: { color: '#57606a', font: { size: 12 } }, grid: { color: 'rgba(0,0,0,0.08)' }, legend: { color: '#1b1f24', font: { size: 12 } } };
}

/**
 * Creates the chart once and afterwards only swaps its data and options, so a live update redraws
 * in place (no re-mount, no flicker). Without a 2D context (jsdom) nothing is drawn; the text
 * alternative next to the canvas still is.
 */
export function useChart<T extends ChartType>(config: ChartConfiguration<T>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<T> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas?.getContext('2d')) return;
    const chart = new Chart(canvas, config);
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
    // Created once per chart kind; data changes go through the effect below.
  }, [config.type]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data = config.data;
    if (config.options) chart.options = config.options;
    chart.update('none');
  }, [config]);

  return canvasRef;
}
