package io.lexroute.localstack.tokens;

/** Prints a dev token for the local run (see token.sh): {@code authority be-antwerp-court BE}, {@code provider skype}, ... */
public final class TokenMain {

    private TokenMain() {
    }

    public static void main(String[] args) {
        String token = args.length == 0 ? null : switch (args[0]) {
            case "authority" -> args.length == 3 ? DevTokens.authority(args[1], args[2].toUpperCase()) : null;
            case "provider" -> args.length == 2 ? DevTokens.provider(args[1]) : null;
            case "legal-reviewer" -> args.length == 2 ? DevTokens.legalReviewer(args[1]) : null;
            case "operator" -> args.length == 2 ? DevTokens.operator(args[1]) : null;
            default -> null;
        };
        if (token == null) {
            System.err.println("""
                    usage: token.sh authority <tenant> <country>   e.g. token.sh authority be-antwerp-court BE
                           token.sh provider <provider-id>         e.g. token.sh provider skype
                           token.sh legal-reviewer <name>
                           token.sh operator <name>
                    Prints a dev token (valid 12 hours, signed with the dev key that only dev, test and the local
                    run trust), for: curl -H "Authorization: Bearer $(./token.sh ...)" ...""");
            System.exit(2);
        }
        System.out.println(token);
    }
}
