package org.mosaiccrm.platform.module.service.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolver's refusal in words an operator can act on: the innermost missing requirement (a
 * package and its version range, a feature, a bundle) rather than the whole chain.
 */
final class ResolutionProblems {

    private static final Pattern PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([\\w.]+)\\)(?:\\(version>=([\\w.]+)\\))?"
            + "(?:\\(!\\(version>=([\\w.]+)\\)\\))?");
    private static final Pattern FEATURE = Pattern.compile("osgi\\.identity; osgi\\.identity=([\\w.-]+); type=karaf\\.feature");
    private static final Pattern NO_FEATURE = Pattern.compile("No matching features for ([\\w.-]+)(/\\S+)?");

    private ResolutionProblems() {
    }

    static String inPlainWords(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher noFeature = NO_FEATURE.matcher(message);
        if (noFeature.find()) {
            return "It needs feature '" + noFeature.group(1) + "', which no configured repository offers.";
        }
        Matcher packageMissing = PACKAGE.matcher(message);
        String lastPackage = null;
        while (packageMissing.find()) {
            String range = packageMissing.group(2) == null ? "" : " version " + packageMissing.group(2)
                    + (packageMissing.group(3) == null ? " or later" : " up to (not including) " + packageMissing.group(3));
            lastPackage = "It needs package " + packageMissing.group(1) + range
                    + ", which no installed or available bundle provides (an incompatible platform or API version).";
        }
        if (lastPackage != null) {
            return lastPackage;
        }
        Matcher feature = FEATURE.matcher(message);
        String lastFeature = null;
        while (feature.find()) {
            lastFeature = feature.group(1);
        }
        if (lastFeature != null) {
            return "It needs feature '" + lastFeature + "', which cannot be installed here.";
        }
        // Karaf's message starts "Error:" and puts the reason on the lines after it
        String reason = message.replaceFirst("^\\s*Error:\\s*", "").replaceAll("\\s+", " ").strip();
        return "The container refused it: " + (reason.isEmpty() ? "unknown reason"
                : reason.length() > 400 ? reason.substring(0, 400) + "…" : reason);
    }
}
