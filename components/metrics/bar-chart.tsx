"use client";
// A stacked bar chart (recharts) for the overview. It is a picture of the table printed beside it, which is
// what screen readers read: the chart itself is hidden from them.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; label: string; color: string };

export function StackedBarChart({ data, series, categoryKey }: { data: Record<string, string | number>[]; series: ChartSeries[]; categoryKey: string }) {
  return (
    // inert: nothing inside the picture takes focus either (the table beside it is what keyboards and readers use).
    <div aria-hidden="true" inert style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="all" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
