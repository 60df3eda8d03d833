package io.dto.plugins.synthetic;

/**
 * How one step of a random walk moves, derived from the configuration and the step length.
 *
 * @param drift the log-return drift of one step
 * @param sigma the standard deviation of one step's log-return
 */
record WalkParameters(double drift, double sigma, double spreadBps, PriceGrid grid, double tradeProbability,
        long lotSize) {

    /** For a step of {@code years} of trading time. */
    static WalkParameters forStep(SyntheticConfig config, double years) {
        double sigma = config.volatility() * Math.sqrt(years);
        double drift = (config.drift() - 0.5 * config.volatility() * config.volatility()) * years;
        return new WalkParameters(drift, sigma, config.spreadBps(), new PriceGrid(config.tickSize()),
                config.tradeProbability(), config.lotSize());
    }

    /** The next mid after one step of geometric Brownian motion, never below one tick. */
    double next(double mid, SeededRandom random) {
        double moved = mid * Math.exp(drift + sigma * random.nextGaussian());
        return Math.max(moved, grid.price(1));
    }
}
