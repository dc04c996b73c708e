"""Per-subject body proportions and colours of the demo figures.

All lengths are in units of the subject's standing height (top of the head
to the soles = 1.0); the renderer scales them to pixels.
"""
import colorsys
from dataclasses import asdict, dataclass

import numpy as np

_SKIN_TONES = ((255, 224, 189), (241, 194, 125), (224, 172, 105),
               (198, 134, 66), (141, 85, 36), (92, 58, 40))
_HAIR_COLOURS = ((20, 15, 10), (70, 45, 25), (120, 80, 40), (215, 180, 110),
                 (150, 60, 30), (160, 160, 160))
_SHOE_COLOURS = ((25, 25, 25), (70, 50, 35), (235, 235, 235), (40, 40, 90))


@dataclass(frozen=True)
class Body:
    """Proportions (in standing heights) and colours (RGB 0-255) of a subject.

    Attributes:
        height_frac: Standing height as a fraction of the frame side.
        head_r: Head radius.
        neck_len: Shoulder line to the bottom of the head.
        shoulder_w: Half distance between the shoulder joints.
        hip_w: Half distance between the hip joints.
        thigh: Hip-to-knee length.
        shin: Knee-to-ankle length.
        ankle_h: Ankle height above the sole.
        upper_arm: Shoulder-to-elbow length.
        forearm: Elbow-to-wrist length.
        torso_r: Half thickness of the trunk (seen from the side).
        arm_r: Upper-arm radius; the forearm is 80 % of it.
        leg_r: Thigh radius; the shin is 75 % of it.
        style: Multiplier of this subject's motion amplitudes.
        skin, hair, shirt, pants, shoes: Colours, RGB tuples.
        long_sleeves: Forearms drawn in the shirt colour instead of skin.
        shorts: Shins drawn in skin colour instead of the pants colour.
    """
    height_frac: float
    head_r: float
    neck_len: float
    shoulder_w: float
    hip_w: float
    thigh: float
    shin: float
    ankle_h: float
    upper_arm: float
    forearm: float
    torso_r: float
    arm_r: float
    leg_r: float
    style: float
    skin: tuple
    hair: tuple
    shirt: tuple
    pants: tuple
    shoes: tuple
    long_sleeves: bool
    shorts: bool

    @property
    def hip_h(self):
        """Height of the hip joints when standing straight."""
        return self.ankle_h + self.thigh + self.shin

    @property
    def shoulder_h(self):
        """Height of the shoulder joints when standing straight."""
        return 1.0 - 2 * self.head_r - self.neck_len

    @property
    def torso_len(self):
        """Hip-centre to shoulder-centre length."""
        return self.shoulder_h - self.hip_h

    def to_dict(self):
        """Plain-JSON description (floats rounded) for ``corpus.json``."""
        out = {}
        for key, value in asdict(self).items():
            if isinstance(value, float):
                value = round(value, 4)
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out


def _hsv(rng, hue=None, sat=(0.4, 0.95), val=(0.45, 0.95)):
    h = rng.uniform(0, 1) if hue is None else hue
    r, g, b = colorsys.hsv_to_rgb(h, rng.uniform(*sat), rng.uniform(*val))
    return (int(r * 255), int(g * 255), int(b * 255))


def _jitter(rng, colour, amount=12):
    return tuple(int(np.clip(c + rng.integers(-amount, amount + 1), 0, 255))
                 for c in colour)


def sample_body(rng, height_range=(0.45, 0.8)):
    """Draw one subject's body.

    Args:
        rng (np.random.Generator): The subject's own generator.
        height_range (tuple[float, float]): Range of the standing height as a
            fraction of the frame side.

    Returns:
        Body: The subject.
    """
    u = rng.uniform
    head_r = 0.062 * u(0.92, 1.1)
    leg = 0.49 * u(0.95, 1.05)
    thigh_ratio = u(0.48, 0.53)
    pants = (_hsv(rng, hue=u(0.55, 0.66), sat=(0.3, 0.7), val=(0.25, 0.6))
             if u() < 0.4 else _hsv(rng, sat=(0.1, 0.8), val=(0.15, 0.6)))
    return Body(
        height_frac=float(u(*height_range)),
        head_r=head_r,
        neck_len=0.045 * u(0.85, 1.15),
        shoulder_w=0.105 * u(0.9, 1.15),
        hip_w=0.07 * u(0.9, 1.15),
        thigh=leg * thigh_ratio,
        shin=leg * (1 - thigh_ratio),
        ankle_h=0.04,
        upper_arm=0.175 * u(0.93, 1.07),
        forearm=0.15 * u(0.93, 1.07),
        torso_r=0.085 * u(0.85, 1.25),
        arm_r=0.034 * u(0.85, 1.25),
        leg_r=0.048 * u(0.85, 1.25),
        style=float(u(0.9, 1.1)),
        skin=_jitter(rng, _SKIN_TONES[rng.integers(len(_SKIN_TONES))]),
        hair=_jitter(rng, _HAIR_COLOURS[rng.integers(len(_HAIR_COLOURS))]),
        shirt=_hsv(rng),
        pants=pants,
        shoes=_SHOE_COLOURS[rng.integers(len(_SHOE_COLOURS))],
        long_sleeves=bool(u() < 0.5),
        shorts=bool(u() < 0.25),
    )
