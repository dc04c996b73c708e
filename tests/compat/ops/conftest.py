"""``mmcv.ops`` is imported by these test modules at collection time: the
package (which installs the ``mmcv._ext`` stand-in on mmcv-lite) must be
imported first."""
import mmaction_har  # noqa: F401
