"""A warning for ``--cfg-options train_cfg.max_epochs=N`` that leaves the
learning-rate schedule at the config's old length.

mmengine does not stretch schedulers to a new ``max_epochs``: a cosine
annealing with ``T_max=45, end=50`` keeps decaying over 50 epochs when the
run is cut to 10 (the learning rate never gets low), and stops at epoch 50
when the run is made longer (it then stays at ``eta_min``).
"""


def stale_schedule(cfg, cfg_options):
    """One line describing the stale scheduler, or None.

    Args:
        cfg (Config): The config after ``cfg_options`` were merged.
        cfg_options (dict | None): What ``--cfg-options`` set.

    Returns:
        str | None: None unless ``cfg_options`` set ``max_epochs`` and left
        ``param_scheduler`` alone while the last epoch-based scheduler
        (the one ending last) does not end at ``max_epochs``.
    """
    options = cfg_options or {}
    if not any(k.split('.')[-1] == 'max_epochs' for k in options) or any(
            k.startswith('param_scheduler') for k in options):
        return None
    max_epochs = (cfg.get('train_cfg') or {}).get('max_epochs')
    schedulers = cfg.get('param_scheduler') or []
    if isinstance(schedulers, dict):
        schedulers = [schedulers]
    inf = float('inf')
    by_epoch = [(i, s) for i, s in enumerate(schedulers)
                if s.get('by_epoch', True)]
    if max_epochs is None or not by_epoch:
        return None
    last = max(s.get('end', inf) for _, s in by_epoch)
    for index, s in by_epoch:
        if s.get('end', inf) != last:
            continue  # a warm-up that ends before the main scheduler
        begin = s.get('begin', 0)
        end = s.get('end', max_epochs)
        t_max = s.get('T_max')
        if end == max_epochs and (t_max is None
                                  or begin + t_max == max_epochs):
            continue
        length = f'ends at epoch {end}' if end != max_epochs else \
            f'anneals over T_max={t_max} epochs from epoch {begin}'
        fix = [f'param_scheduler.{index}.end={max_epochs}'] if 'end' in s \
            else []
        if t_max is not None:
            fix.append(f'param_scheduler.{index}.T_max='
                       f'{max(1, max_epochs - begin)}')
        return (f'--cfg-options set max_epochs={max_epochs} but '
                f'param_scheduler[{index}] ({s.get("type")}) still '
                f'{length}: also set {" ".join(fix)}')
    return None
