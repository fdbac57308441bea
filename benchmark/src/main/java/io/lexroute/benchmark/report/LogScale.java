package io.lexroute.benchmark.report;

/** Maps positive values to pixels on a base-10 logarithmic axis that spans whole decades. */
record LogScale(double lowestDecade, double highestDecade, double fromPixel, double toPixel) {

    /** The decades around {@code smallest} and {@code largest}, so every value has room. */
    static LogScale spanning(double smallest, double largest, double fromPixel, double toPixel) {
        // A value on a decade itself gets the decade below too, so that its bar has a length.
        double low = Math.pow(10, Math.floor(Math.log10(Math.max(smallest, 1e-3)) - 1e-9));
        double high = Math.pow(10, Math.ceil(Math.log10(Math.max(largest, low * 10))));
        if (high <= low) {
            high = low * 10;
        }
        return new LogScale(low, high, fromPixel, toPixel);
    }

    double pixel(double value) {
        double clamped = Math.min(Math.max(value, lowestDecade), highestDecade);
        double share = (Math.log10(clamped) - Math.log10(lowestDecade))
                / (Math.log10(highestDecade) - Math.log10(lowestDecade));
        return fromPixel + share * (toPixel - fromPixel);
    }

    /** 1, 10, 100, ... from the lowest to the highest decade. */
    double[] decades() {
        int count = (int) Math.round(Math.log10(highestDecade / lowestDecade)) + 1;
        double[] decades = new double[count];
        for (int i = 0; i < count; i++) {
            decades[i] = lowestDecade * Math.pow(10, i);
        }
        return decades;
    }
}
