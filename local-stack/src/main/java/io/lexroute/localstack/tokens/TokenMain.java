package io.lexroute.localstack.tokens;

import io.lexroute.contracts.AuthorityType;
import java.util.Arrays;
import java.util.List;

/** Prints a dev token for the local run (see token.sh): {@code authority be-antwerp-court BE}, {@code provider skype}, ... */
public final class TokenMain {

    private static final List<String> AUTHORITY_TYPES = Arrays.stream(AuthorityType.values()).map(Enum::name).toList();

    private TokenMain() {
    }

    public static void main(String[] args) {
        String token = args.length == 0 ? null : switch (args[0]) {
            case "authority" -> authority(args);
            case "provider" -> args.length == 2 ? DevTokens.provider(args[1]) : null;
            case "legal-reviewer" -> args.length == 2 ? DevTokens.legalReviewer(args[1]) : null;
            case "operator" -> args.length == 2 ? DevTokens.operator(args[1]) : null;
            default -> null;
        };
        if (token == null) {
            System.err.println("""
                    usage: token.sh authority <tenant> <country> [<types>]  e.g. token.sh authority be-antwerp-court BE
                           token.sh provider <provider-id>                e.g. token.sh provider skype
                           token.sh legal-reviewer <name>
                           token.sh operator <name>
                    Prints a dev token (valid 12 hours, signed with the dev key that only dev, test and the local
                    run trust), for: curl -H "Authorization: Bearer $(./token.sh ...)" ...
                    <types>: the token's authority_types claim, comma-separated: the only authority types the
                    account may name as an order's issuer or validator (token.sh authority be-federal-police BE
                    POLICE); without it, any. Authority types: %s."""
                    .formatted(String.join(", ", AUTHORITY_TYPES)));
            System.exit(2);
        }
        System.out.println(token);
    }

    /** Null (usage) for a wrong number of arguments or a type name that is not an {@link AuthorityType}. */
    private static String authority(String[] args) {
        if (args.length == 3) {
            return DevTokens.authority(args[1], args[2].toUpperCase());
        }
        if (args.length != 4) {
            return null;
        }
        List<String> types = Arrays.stream(args[3].split(",")).map(String::trim).map(String::toUpperCase).toList();
        return AUTHORITY_TYPES.containsAll(types) ? DevTokens.authority(args[1], args[2].toUpperCase(), types) : null;
    }
}
