//! A small feed-forward network over the pair classifier's hashed features, which decides
//! with the averaged perceptrons in the shipped pair models (`train-tlinks --learner net`, the
//! default; [`super::classifier::Mix`]).
//!
//! The first layer is an *embedding bag*: each feature key seen in training has a learned
//! row of `dim` weights, and a pair's hidden vector is the sum of its features' rows plus a
//! bias, through a ReLU; a softmax layer over [`super::classifier::LABELS`] reads it. Keys never
//! seen in training have no row and add nothing (as in the perceptron). Trained with Adagrad,
//! one example at a time, in an order shuffled by a fixed-seed generator, in `f32` on one
//! thread: the same examples and settings give the same weights, byte for byte, on one
//! machine.

use std::collections::HashMap;

use super::classifier::LABELS;

/// How many labels the output layer has.
const OUT: usize = LABELS.len();

/// A trained network.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Net {
    dim: usize,
    /// Feature keys with a row, sorted.
    keys: Vec<u32>,
    /// `keys.len() * dim` weights, each in `i8` steps of its row's scale (as stored).
    rows: Vec<i8>,
    /// Per row, the weight of one `i8` step.
    scales: Vec<f32>,
    /// `dim` hidden biases.
    b1: Vec<f32>,
    /// `OUT * dim` output weights, row per label.
    w2: Vec<f32>,
    /// `OUT` output biases.
    b2: Vec<f32>,
}

/// How a [`Net`] is trained.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetSettings {
    /// Hidden units (the width of each feature's row).
    pub dim: usize,
    /// Passes over the examples.
    pub epochs: usize,
    /// Adagrad's learning rate.
    pub rate: f32,
    /// L2 penalty on the rows a step touches.
    pub l2: f32,
    /// Features seen in fewer training examples get no row.
    pub min_count: usize,
    /// Share of each training example's features left out of its step (a regulariser).
    pub dropout: f32,
    /// Seeds the initial weights and the shuffles.
    pub seed: u64,
    /// Keep the mean of the weights over the last pass's steps instead of the last ones (as
    /// the averaged perceptron does).
    pub average: bool,
}

impl Default for NetSettings {
    /// The shipped models' settings (`docs/accuracy.md`, *The pair classifier*): three passes
    /// (six overfit), and no row for a feature seen in fewer than three training pairs, which
    /// keeps both model files under 8 MB.
    fn default() -> NetSettings {
        NetSettings {
            dim: 32,
            epochs: 3,
            rate: 0.05,
            l2: 0.001,
            min_count: 3,
            dropout: 0.0,
            seed: 0x5EED_0F7E_A0AA_7115,
            average: false,
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [-r, r).
    fn uniform(&mut self, r: f32) -> f32 {
        let u = (self.next() >> 40) as f32 / (1u64 << 24) as f32;
        (2.0 * u - 1.0) * r
    }
}

fn softmax(z: &mut [f32; OUT]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for x in z.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    for x in z.iter_mut() {
        *x /= sum;
    }
}

impl Net {
    /// True when the network has no weights.
    pub fn is_empty(&self) -> bool {
        self.dim == 0
    }

    /// Number of features with a row.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    fn hidden(&self, features: &[u32], h: &mut Vec<f32>) {
        h.clear();
        h.extend_from_slice(&self.b1);
        for f in features {
            if let Ok(i) = self.keys.binary_search(f) {
                let row = &self.rows[i * self.dim..(i + 1) * self.dim];
                let scale = self.scales[i];
                for (x, &q) in h.iter_mut().zip(row) {
                    *x += f32::from(q) * scale;
                }
            }
        }
        for x in h.iter_mut() {
            *x = x.max(0.0);
        }
    }

    fn output(&self, h: &[f32]) -> [f32; OUT] {
        let mut z = [0f32; OUT];
        for (l, z) in z.iter_mut().enumerate() {
            let w = &self.w2[l * self.dim..(l + 1) * self.dim];
            *z = self.b2[l] + w.iter().zip(h).map(|(w, x)| w * x).sum::<f32>();
        }
        z
    }

    /// The label scores (before the softmax) of a pair with these features.
    pub fn scores(&self, features: &[u32]) -> [f32; OUT] {
        if self.is_empty() {
            return [0.0; OUT];
        }
        let mut h = Vec::with_capacity(self.dim);
        self.hidden(features, &mut h);
        self.output(&h)
    }

    /// The label probabilities of a pair with these features.
    pub fn probabilities(&self, features: &[u32]) -> [f32; OUT] {
        let mut p = self.scores(features);
        softmax(&mut p);
        p
    }

    /// The bytes of the network: magic, dim, key count, the keys, then each row as its scale
    /// (`f32`) and `dim` signed bytes, then the hidden biases, output weights and output
    /// biases as `f32` (all little-endian).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(b"TPN1");
        out.extend_from_slice(&(self.dim as u32).to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (i, scale) in self.scales.iter().enumerate() {
            out.extend_from_slice(&scale.to_le_bytes());
            out.extend(
                self.rows[i * self.dim..(i + 1) * self.dim]
                    .iter()
                    .map(|&q| q as u8),
            );
        }
        for v in [&self.b1, &self.w2, &self.b2] {
            for x in v.iter() {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Reads [`Net::to_bytes`]; `None` if the bytes are not such a network.
    pub fn from_bytes(bytes: &[u8]) -> Option<Net> {
        if bytes.get(..4)? != b"TPN1" {
            return None;
        }
        let u32_at = |at: usize| {
            bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let dim = u32_at(4)? as usize;
        let n = u32_at(8)? as usize;
        let mut at = 12;
        let mut keys = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            keys.push(u32_at(at)?);
            at += 4;
        }
        let mut rows = Vec::with_capacity(n.saturating_mul(dim).min(1 << 26));
        let mut scales = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            let scale = f32::from_bits(u32_at(at)?);
            at += 4;
            let q = bytes.get(at..at + dim)?;
            at += dim;
            rows.extend(q.iter().map(|&q| q as i8));
            scales.push(scale);
        }
        let mut floats = |count: usize| -> Option<Vec<f32>> {
            let mut v = Vec::with_capacity(count.min(1 << 26));
            for _ in 0..count {
                v.push(f32::from_bits(u32_at(at)?));
                at += 4;
            }
            Some(v)
        };
        let b1 = floats(dim)?;
        let w2 = floats(OUT * dim)?;
        let b2 = floats(OUT)?;
        if at != bytes.len() || !keys.windows(2).all(|w| w[0] < w[1]) {
            return None;
        }
        Some(Net {
            dim,
            keys,
            rows,
            scales,
            b1,
            w2,
            b2,
        })
    }
}

/// Trains a network on `(features, label)` examples; `progress` hears each pass's number and
/// mean loss.
pub fn train(
    examples: &[(&[u32], usize)],
    settings: NetSettings,
    mut progress: impl FnMut(usize, f32),
) -> Net {
    let dim = settings.dim;
    // The rows: every key seen in at least `min_count` examples, sorted.
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for (features, _) in examples {
        for f in *features {
            *counts.entry(*f).or_default() += 1;
        }
    }
    let mut keys: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= settings.min_count)
        .map(|(k, _)| *k)
        .collect();
    keys.sort_unstable();
    let index: HashMap<u32, u32> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (*k, i as u32))
        .collect();
    let rows_of: Vec<(Vec<u32>, usize)> = examples
        .iter()
        .map(|(features, label)| {
            (
                features
                    .iter()
                    .filter_map(|f| index.get(f).copied())
                    .collect(),
                *label,
            )
        })
        .collect();
    let mut rng = Rng(settings.seed | 1);
    let r1 = 0.1 / (1.0 + (dim as f32).sqrt());
    let r2 = (6.0 / (dim + OUT) as f32).sqrt();
    // The rows in `f32` while training; `i8` steps of each row's scale at the end.
    let mut rows: Vec<f32> = (0..keys.len() * dim).map(|_| rng.uniform(r1)).collect();
    let mut net = Net {
        dim,
        rows: Vec::new(),
        scales: Vec::new(),
        keys,
        b1: vec![0.1; dim],
        w2: (0..OUT * dim).map(|_| rng.uniform(r2)).collect(),
        b2: vec![0.0; OUT],
    };
    let mut g_rows = vec![0f32; rows.len()];
    let mut g_b1 = vec![0f32; dim];
    let mut g_w2 = vec![0f32; OUT * dim];
    let mut g_b2 = [0f32; OUT];
    const EPS: f32 = 1e-6;
    let rate = settings.rate;
    let step = |w: &mut f32, acc: &mut f32, g: f32| {
        *acc += g * g;
        *w -= rate * g / (acc.sqrt() + EPS);
    };
    let mut order: Vec<usize> = (0..rows_of.len()).collect();
    let mut h = Vec::with_capacity(dim);
    let mut dh = vec![0f32; dim];
    let mut kept: Vec<u32> = Vec::new();
    // Inverted dropout: the kept features' sum is scaled up to the full sum's expectation.
    let scale = 1.0 / (1.0 - settings.dropout.clamp(0.0, 0.9));
    let keep_below = ((1.0 - settings.dropout.clamp(0.0, 1.0)) * (1u64 << 24) as f32) as u64;
    // The running sums of the last pass's weights (with `average`): rows lazily, by the step
    // of their last change; the dense weights at every step.
    let mut avg_rows: Vec<f64> = Vec::new();
    let mut avg_stamp: Vec<u64> = Vec::new();
    let mut avg_dense: Vec<f64> = Vec::new();
    let mut t: u64 = 0;
    for epoch in 0..settings.epochs {
        let averaging = settings.average && epoch + 1 == settings.epochs;
        if averaging {
            avg_rows = vec![0.0; rows.len()];
            avg_stamp = vec![0; rows.len() / dim.max(1)];
            avg_dense = vec![0.0; net.b1.len() + net.w2.len() + net.b2.len()];
            t = 0;
        }
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut loss = 0f64;
        for &e in &order {
            let (all_rows, label) = &rows_of[e];
            kept.clear();
            if settings.dropout > 0.0 {
                kept.extend(
                    all_rows
                        .iter()
                        .filter(|_| (rng.next() >> 40) < keep_below)
                        .copied(),
                );
            } else {
                kept.extend_from_slice(all_rows);
            }
            // Forward.
            h.clear();
            h.resize(dim, 0.0);
            for &r in &kept {
                let r = r as usize;
                for (x, w) in h.iter_mut().zip(&rows[r * dim..(r + 1) * dim]) {
                    *x += w;
                }
            }
            for (x, b) in h.iter_mut().zip(&net.b1) {
                *x = (*x * scale + b).max(0.0);
            }
            let mut p = net.output(&h);
            softmax(&mut p);
            loss -= f64::from(p[*label].max(1e-12).ln());
            // Backward: d loss / d z = p - onehot.
            p[*label] -= 1.0;
            dh.iter_mut().for_each(|x| *x = 0.0);
            for (l, &d) in p.iter().enumerate() {
                let w = &mut net.w2[l * dim..(l + 1) * dim];
                let acc = &mut g_w2[l * dim..(l + 1) * dim];
                for k in 0..dim {
                    dh[k] += d * w[k];
                    step(&mut w[k], &mut acc[k], d * h[k]);
                }
                step(&mut net.b2[l], &mut g_b2[l], d);
            }
            for (k, d) in dh.iter_mut().enumerate() {
                if h[k] <= 0.0 {
                    *d = 0.0;
                }
                step(&mut net.b1[k], &mut g_b1[k], *d);
            }
            if averaging {
                // The weights before this step held since the row's last change.
                for &r in &kept {
                    let r = r as usize;
                    let held = (t - avg_stamp[r]) as f64;
                    for (a, w) in avg_rows[r * dim..(r + 1) * dim]
                        .iter_mut()
                        .zip(&rows[r * dim..(r + 1) * dim])
                    {
                        *a += held * f64::from(*w);
                    }
                    avg_stamp[r] = t;
                }
            }
            for &r in &kept {
                let r = r as usize;
                let w = &mut rows[r * dim..(r + 1) * dim];
                let acc = &mut g_rows[r * dim..(r + 1) * dim];
                for k in 0..dim {
                    let g = scale * dh[k] + settings.l2 * w[k];
                    step(&mut w[k], &mut acc[k], g);
                }
            }
            if averaging {
                t += 1;
                for (a, w) in avg_dense
                    .iter_mut()
                    .zip(net.b1.iter().chain(&net.w2).chain(&net.b2))
                {
                    *a += f64::from(*w);
                }
            }
        }
        progress(epoch + 1, (loss / rows_of.len().max(1) as f64) as f32);
    }
    if settings.average && t > 0 {
        let n = t as f64;
        for (r, stamp) in avg_stamp.iter().enumerate() {
            let held = (t - stamp) as f64;
            for (a, w) in avg_rows[r * dim..(r + 1) * dim]
                .iter_mut()
                .zip(&rows[r * dim..(r + 1) * dim])
            {
                *a += held * f64::from(*w);
            }
        }
        for (w, a) in rows.iter_mut().zip(&avg_rows) {
            *w = (a / n) as f32;
        }
        for (w, a) in net
            .b1
            .iter_mut()
            .chain(net.w2.iter_mut())
            .chain(net.b2.iter_mut())
            .zip(&avg_dense)
        {
            *w = (a / n) as f32;
        }
    }
    // Each row in `i8` steps of its own scale: a quarter of the bytes, and the network
    // measured is the network shipped.
    net.scales = rows
        .chunks(dim.max(1))
        .map(|row| row.iter().fold(0f32, |m, w| m.max(w.abs())) / 127.0)
        .collect();
    for (row, scale) in rows.chunks(dim.max(1)).zip(&net.scales) {
        net.rows.extend(row.iter().map(|w| {
            if *scale > 0.0 {
                (*w / scale).round() as i8
            } else {
                0
            }
        }));
    }
    net
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vec<(Vec<u32>, usize)> {
        // Label 1 when features 10 and 20 come together, 2 when 10 or 20 comes alone, 0
        // otherwise: not linearly separable in the single features' weights alone (XOR-like).
        let mut out = Vec::new();
        for i in 0..200u32 {
            let extra = 100 + i % 7;
            out.push((vec![1, 10, 20, extra], 1));
            out.push((vec![1, 10, extra], 2));
            out.push((vec![1, 20, extra], 2));
            out.push((vec![1, extra], 0));
        }
        out
    }

    #[test]
    fn learns_a_conjunction_and_is_deterministic() {
        let data = toy();
        let examples: Vec<(&[u32], usize)> = data.iter().map(|(f, l)| (&f[..], *l)).collect();
        let settings = NetSettings {
            dim: 8,
            epochs: 20,
            rate: 0.1,
            ..NetSettings::default()
        };
        let net = train(&examples, settings, |_, _| {});
        for (f, l) in &data[..4] {
            let p = net.probabilities(f);
            let best = (0..OUT).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap();
            assert_eq!(best, *l, "{f:?}: {p:?}");
        }
        let again = train(&examples, settings, |_, _| {});
        assert_eq!(net.to_bytes(), again.to_bytes());
        assert_eq!(Net::from_bytes(&net.to_bytes()), Some(net.clone()));
        assert_eq!(Net::from_bytes(&net.to_bytes()[..20]), None);
        assert!(net.probabilities(&[999]).iter().sum::<f32>() > 0.99);

        // The mean of the last pass's weights learns the same labels and is another network.
        let averaged = NetSettings {
            average: true,
            ..settings
        };
        let mean = train(&examples, averaged, |_, _| {});
        for (f, l) in &data[..4] {
            let p = mean.probabilities(f);
            let best = (0..OUT).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap();
            assert_eq!(best, *l, "{f:?}: {p:?}");
        }
        assert_ne!(mean.to_bytes(), net.to_bytes());
        assert_eq!(
            train(&examples, averaged, |_, _| {}).to_bytes(),
            mean.to_bytes()
        );
    }
}
